package org.plans.dsl.ide.rename;

import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * Xtext's rename, refusing a new id that would break the plan: a word of the language, text that
 * is not an id, or an id that another declaration of the same kind already has in the plan.
 * The refusal is a JSON-RPC error with a plain-English message, which editors show.
 */
public class PlansRenameService extends RenameService2 {

	@Inject
	private NewIdCheck check;

	@Override
	public WorkspaceEdit rename(Options options) {
		RenameParams params = options.getRenameParams();
		Optional<String> refusal;
		try {
			refusal = options.getLanguageServerAccess().doRead(params.getTextDocument().getUri(), context -> {
				if (!(context.getResource() instanceof XtextResource resource)) {
					return Optional.<String>empty();
				}
				int offset = context.getDocument().getOffSet(params.getPosition());
				return check.refusal(getElementWithIdentifierAt(resource, offset), params.getNewName());
			}).get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
		if (refusal.isPresent()) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, refusal.get(), null));
		}
		return super.rename(options);
	}
}
