package org.plans.dsl.serve.lsp;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.xtext.ide.ExecutorServiceProvider;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.plans.dsl.ide.server.PlansServerBindings;
import org.plans.dsl.serve.folder.FileListener;
import org.plans.dsl.serve.folder.PlanFolder;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * The language-server sessions of {@code plans serve}, one per WebSocket connection, at most
 * {@link ServeLimits#connections()} at a time. All share the one set of language services and the
 * one {@link FolderIndex} of the folder as on disk (references between the folder's files resolve
 * the same for every browser); each has its own open documents over it (the page gives the
 * folder as {@code rootUri}), so what one author types and has not saved is checked in that
 * session only. {@code exit} ends the session, never the process.
 */
public final class LanguageSessions {

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
	private final ServeLimits limits;
	private final FolderIndex index;
	private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "plans-serve-idle");
		thread.setDaemon(true);
		return thread;
	});

	/** Sets up the sessions' language and reads the folder's index (the plans are read here, once). */
	public LanguageSessions(Injector language, PlanFolder folder, ServeLimits limits, PrintStream log) {
		this.log = log;
		this.limits = limits;
		IResourceServiceProvider provider = language.getInstance(IResourceServiceProvider.class);
		for (String extension : language.getInstance(FileExtensionProvider.class).getFileExtensions()) {
			languages.getExtensionToFactoryMap().put(extension, provider);
		}
		this.index = new FolderIndex(folder, injector(null), log);
		index.build();
	}

	ServeLimits limits() {
		return limits;
	}

	/** Where the sessions' idle checks run. */
	ScheduledExecutorService clock() {
		return clock;
	}

	/** Stops the idle checks (the server is stopping). */
	public void close() {
		clock.shutdownNow();
	}

	/** The folder's shared index. */
	public FolderIndex index() {
		return index;
	}

	PrintStream log() {
		return log;
	}

	/** How many sessions are open. */
	public int open() {
		return open.get();
	}

	/** Counts a new connection in; false when {@link ServeLimits#connections()} are open. */
	boolean admit() {
		while (true) {
			int now = open.get();
			if (now >= limits.connections()) {
				return false;
			}
			if (open.compareAndSet(now, now + 1)) {
				return true;
			}
		}
	}

	/** A new session's language server; call after {@link #admit()}. */
	Session start() {
		Injector injector = injector(index);
		Session session = new Session(injector.getInstance(LanguageServerImpl.class), injector);
		running.add(session);
		return session;
	}

	/** A session's services over the shared index; without one, the services that build that index. */
	private Injector injector(FolderIndex shared) {
		Module session = binder -> {
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages);
			binder.bind(ILanguageServerShutdownAndExitHandler.class).to(ILanguageServerShutdownAndExitHandler.NullImpl.class);
			if (shared != null) {
				binder.bind(FolderIndex.class).toInstance(shared);
				binder.bind(ProjectManager.class).to(SessionProjectManager.class);
			}
		};
		// the language server's bindings (plans lsp's too), then this session's over them
		return Guice.createInjector(Modules.override(Modules.override(new ServerModule()).with(new PlansServerBindings()))
				.with(session));
	}

	/**
	 * A file of the folder was saved through the server or changed on disk: the shared index reads
	 * it (once), then every session is told, as an editor's file watcher would, and takes the new
	 * index of the file and checks again what depends on it, so a person added in one browser (or
	 * by {@code git pull}) resolves in the others. A session with the file open keeps its text.
	 * A change that leaves the file's bytes as indexed (the watcher seeing a save made here) is no change.
	 */
	public void fileChanged(Path file, FileListener.Change change) {
		if (!index.changed(file, change)) {
			return;
		}
		FileChangeType type = switch (change) {
			case CREATED -> FileChangeType.Created;
			case CHANGED -> FileChangeType.Changed;
			case DELETED -> FileChangeType.Deleted;
		};
		FileEvent event = new FileEvent(index.uri(file).toString(), type);
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
