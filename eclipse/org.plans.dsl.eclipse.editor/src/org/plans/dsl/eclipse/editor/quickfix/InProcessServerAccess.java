package org.plans.dsl.eclipse.editor.quickfix;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.plans.dsl.eclipse.editor.ParsedPlan;
import org.plans.dsl.eclipse.editor.PlanDocuments;

/**
 * What the language's quick fixes ask of a language server, answered in process from one
 * parsed document and the resource set it was parsed in (no server, no index).
 */
final class InProcessServerAccess implements ILanguageServerAccess {

	private final ParsedPlan plan;

	InProcessServerAccess(ParsedPlan plan) {
		this.plan = plan;
	}

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
		return CompletableFuture.completedFuture(doSyncRead(uri, function));
	}

	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> function) {
		Resource resource = resource(uri);
		Document document = resource == plan.resource() ? plan.document()
				: new Document(1, ((XtextResource) resource).getParseResult().getRootNode().getText());
		return function.apply(new Context(resource, document, resource == plan.resource(), CancelIndicator.NullImpl));
	}

	/** The resource of the set with this URI, comparing file paths ({@code file:///x} and {@code file:/x} alike). */
	private Resource resource(String uri) {
		URI wanted = URI.createURI(uri);
		for (Resource resource : plan.resource().getResourceSet().getResources()) {
			if (PlanDocuments.sameFile(resource.getURI(), wanted)) {
				return resource;
			}
		}
		return plan.resource().getResourceSet().getResource(wanted, true);
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
		return CompletableFuture.failedFuture(new UnsupportedOperationException("no index in the editor"));
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
	}

	@Override
	public LanguageClient getLanguageClient() {
		return null;
	}

	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		return plan.resource().getResourceSet();
	}

	@Override
	public InitializeParams getInitializeParams() {
		InitializeParams params = new InitializeParams();
		params.setCapabilities(new ClientCapabilities());
		return params;
	}

	@Override
	public InitializeResult getInitializeResult() {
		return new InitializeResult();
	}
}
