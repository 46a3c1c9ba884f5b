package org.plans.dsl.ide.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Xtext's server, answering a request for a method nobody provides with JSON-RPC's
 * "method not found" (-32601) rather than an internal error with a stack trace; offering
 * folding to every client and no signature help (the language has no calls); and saying in
 * each diagnostic where it comes from ({@link RuleDocs}). A finding published before, unchanged
 * and where it was, is published as the same diagnostic, not converted and written anew
 * ({@link KeptDiagnostics}, {@link DiagnosticJson}).
 */
public class PlansLanguageServerImpl extends LanguageServerImpl {

	private final RuleDocs ruleDocs = new RuleDocs();

	private final KeptDiagnostics kept = new KeptDiagnostics();

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		ruleDocs.configure(params.getInitializationOptions());
		kept.clear();
		return super.initialize(params);
	}

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		// Xtext offers folding only to clients that declare folding capabilities (Neovim does not)
		capabilities.setFoldingRangeProvider(true);
		capabilities.setSignatureHelpProvider(null);
		return capabilities;
	}

	@Override
	protected List<Diagnostic> toDiagnostics(Iterable<? extends Issue> issues) {
		return kept.of(issues, this::toDiagnostic);
	}

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		return ruleDocs.describe(super.toDiagnostic(issue));
	}

	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		try {
			return super.request(method, parameter);
		} catch (UnsupportedOperationException unknown) {
			return CompletableFuture.failedFuture(new ResponseErrorException(
					new ResponseError(ResponseErrorCode.MethodNotFound, "Unknown method: " + method, null)));
		}
	}
}
