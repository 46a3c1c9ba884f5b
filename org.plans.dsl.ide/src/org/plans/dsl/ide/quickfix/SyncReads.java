package org.plans.dsl.ide.quickfix;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;

/**
 * The language server's access for a quick fix being computed, with {@code doRead} done at once
 * on the calling thread. Xtext's quick fixes turn their changes into text edits with a nested
 * {@code doRead(...).get()}, which queues a second read behind the request queue; when an edit
 * arrives meanwhile, its build waits for the code-action request and the request waits for its
 * read behind the build: the language server hung (seen in {@code plans serve}'s page, which asks
 * for fixes after every publication). The code action already runs inside a read, so reading
 * again at once is safe.
 */
final class SyncReads implements ILanguageServerAccess {

	private final ILanguageServerAccess access;

	SyncReads(ILanguageServerAccess access) {
		this.access = access;
	}

	static ILanguageServerAccess of(ILanguageServerAccess access) {
		return access == null || access instanceof SyncReads ? access : new SyncReads(access);
	}

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
		try {
			return CompletableFuture.completedFuture(access.doSyncRead(uri, function));
		} catch (RuntimeException e) {
			return CompletableFuture.failedFuture(e);
		}
	}

	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> function) {
		return access.doSyncRead(uri, function);
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
		return access.doReadIndex(function);
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
		access.addBuildListener(listener);
	}

	@Override
	public void removeBuildListener(IBuildListener listener) {
		access.removeBuildListener(listener);
	}

	@Override
	public LanguageClient getLanguageClient() {
		return access.getLanguageClient();
	}

	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		return access.newLiveScopeResourceSet(uri);
	}

	@Override
	public InitializeParams getInitializeParams() {
		return access.getInitializeParams();
	}

	@Override
	public InitializeResult getInitializeResult() {
		return access.getInitializeResult();
	}
}
