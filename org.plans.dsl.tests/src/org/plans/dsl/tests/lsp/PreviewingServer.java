package org.plans.dsl.tests.lsp;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.services.LanguageServer;
import org.plans.dsl.ide.preview.PreviewParams;
import org.plans.dsl.ide.preview.PreviewResult;

/** The plans language server as a client sees it: LSP and the custom request {@code plans/preview}. */
interface PreviewingServer extends LanguageServer {

	@JsonRequest("plans/preview")
	CompletableFuture<PreviewResult> preview(PreviewParams params);
}
