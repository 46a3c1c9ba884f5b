package org.plans.dsl.ide.preview;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.plans.dsl.preview.PreviewKind;

import com.google.inject.Inject;

/**
 * The language server's custom request {@code plans/preview} ({@link PreviewParams} in,
 * {@link PreviewResult} out): the page for the text as last sent by the editor, unsaved edits
 * included.
 */
public class PreviewRequests implements ILanguageServerExtension {

	public static final String METHOD = "plans/preview";

	@Inject
	private PlanPreview preview;

	private ILanguageServerAccess access;

	@Override
	public void initialize(ILanguageServerAccess access) {
		this.access = access;
	}

	@JsonRequest(METHOD)
	public CompletableFuture<PreviewResult> preview(PreviewParams params) {
		PreviewKind kind = PreviewKind.byId(params == null ? null : params.getKind()).orElse(null);
		if (kind == null || params.getUri() == null) {
			String kinds = Arrays.stream(PreviewKind.values()).map(PreviewKind::id).collect(Collectors.joining(", "));
			return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
					ResponseErrorCode.InvalidParams, METHOD + " needs a document uri and a kind: one of " + kinds, null)));
		}
		return access.doRead(params.getUri(),
				context -> new PreviewResult(preview.html(context.getResource(), kind), kind.id()));
	}
}
