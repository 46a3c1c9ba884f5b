package org.plans.dsl.eclipse.editor;

import java.util.HashMap;
import java.util.Map;
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

/**
 * What the language's quick fixes and rename ask of a language server, answered in process from
 * one parsed document and the resource set it was parsed in (no server, no index). The texts of
 * the set's files are taken when it is made, before a fix or a rename changes the models, so
 * that edits are made against the text the files hold.
 */
public final class InProcessServerAccess implements ILanguageServerAccess {

	private final ParsedPlan plan;
	private final Map<Resource, String> texts = new HashMap<>();

	public InProcessServerAccess(ParsedPlan plan) {
		this.plan = plan;
		for (Resource resource : plan.resource().getResourceSet().getResources()) {
			if (resource instanceof XtextResource xtext && xtext.getParseResult() != null) {
				texts.put(resource, xtext.getParseResult().getRootNode().getText());
			}
		}
	}

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
		return CompletableFuture.completedFuture(doSyncRead(uri, function));
	}

	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> function) {
		Resource resource = resource(uri);
		Document document = resource == plan.resource() ? plan.document()
				: new Document(1, texts.computeIfAbsent(resource,
						r -> ((XtextResource) r).getParseResult().getRootNode().getText()));
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
