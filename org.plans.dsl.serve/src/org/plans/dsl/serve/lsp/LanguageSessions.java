package org.plans.dsl.serve.lsp;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.xtext.ide.ExecutorServiceProvider;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.plans.dsl.ide.server.PlansServerBindings;
import org.plans.dsl.serve.folder.FileListener;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * The language-server sessions of {@code plans serve}, one per WebSocket connection, at most
 * {@link #MAX_SESSIONS} at a time. Each has its own Xtext workspace of the folder (its own index
 * and open documents: the page gives the folder as {@code rootUri}, so references between the
 * folder's files resolve); all share the one set of language services. {@code exit} ends the
 * session, never the process.
 */
public final class LanguageSessions {

	public static final int MAX_SESSIONS = 32;

	/** A session: its server and what to close when the connection ends. */
	record Session(LanguageServerImpl server, Injector injector) {

		void close() {
			try {
				server.shutdown();
			} finally {
				injector.getInstance(ExecutorServiceProvider.class).dispose();
			}
		}
	}

	private final IResourceServiceProvider.Registry languages = new ResourceServiceProviderRegistryImpl();
	private final AtomicInteger open = new AtomicInteger();
	private final Set<Session> running = ConcurrentHashMap.newKeySet();
	private final PrintStream log;

	public LanguageSessions(Injector language, PrintStream log) {
		this.log = log;
		IResourceServiceProvider provider = language.getInstance(IResourceServiceProvider.class);
		for (String extension : language.getInstance(FileExtensionProvider.class).getFileExtensions()) {
			languages.getExtensionToFactoryMap().put(extension, provider);
		}
	}

	PrintStream log() {
		return log;
	}

	/** How many sessions are open. */
	public int open() {
		return open.get();
	}

	/** Counts a new connection in; false when {@link #MAX_SESSIONS} are open. */
	boolean admit() {
		while (true) {
			int now = open.get();
			if (now >= MAX_SESSIONS) {
				return false;
			}
			if (open.compareAndSet(now, now + 1)) {
				return true;
			}
		}
	}

	/** A new session's language server; call after {@link #admit()}. */
	Session start() {
		Injector injector = Guice.createInjector(Modules.override(new ServerModule()).with(new PlansServerBindings(), binder -> {
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages);
			binder.bind(ILanguageServerShutdownAndExitHandler.class).to(ILanguageServerShutdownAndExitHandler.NullImpl.class);
		}));
		Session session = new Session(injector.getInstance(LanguageServerImpl.class), injector);
		running.add(session);
		return session;
	}

	/**
	 * Tells every session that a file of the folder was saved through the server or changed on
	 * disk, as an editor's file watcher would: each rebuilds what depends on it, so a person
	 * added in one browser (or by {@code git pull}) resolves in the others.
	 */
	public void fileChanged(Path file, FileListener.Change change) {
		FileChangeType type = switch (change) {
			case CREATED -> FileChangeType.Created;
			case CHANGED -> FileChangeType.Changed;
			case DELETED -> FileChangeType.Deleted;
		};
		FileEvent event = new FileEvent(file.toUri().toString(), type);
		for (Session session : running) {
			try {
				session.server().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(event)));
			} catch (RuntimeException e) {
				log.println("plans serve: could not tell a language session about " + file.getFileName() + ": " + e);
			}
		}
	}

	/** Ends a session (null: the connection was refused before it had one) and counts it out. */
	void end(Session session) {
		try {
			if (session != null) {
				running.remove(session);
				session.close();
			}
		} catch (RuntimeException e) {
			log.println("plans serve: closing a language session failed: " + e);
		} finally {
			open.decrementAndGet();
		}
	}
}
