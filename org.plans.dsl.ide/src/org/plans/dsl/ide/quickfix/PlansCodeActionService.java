package org.plans.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;

/**
 * Quick fixes as code actions, leaving out fixes that would change nothing (a fix keyed by
 * a broad code, such as an unresolved reference, applies only to some of its diagnostics), and
 * computing their edits without a nested queued read ({@link SyncReads}).
 */
public class PlansCodeActionService extends QuickFixCodeActionService {

	@Override
	protected List<Either<Command, CodeAction>> getCodeActions(Options options, Diagnostic diagnostic) {
		options.setLanguageServerAccess(SyncReads.of(options.getLanguageServerAccess()));
		return super.getCodeActions(options, diagnostic).stream()
				.filter(action -> action.isLeft() || changes(action.getRight().getEdit())).toList();
	}

	private static boolean changes(WorkspaceEdit edit) {
		if (edit == null) {
			return false;
		}
		if (edit.getChanges() != null && edit.getChanges().values().stream().anyMatch(edits -> !edits.isEmpty())) {
			return true;
		}
		return edit.getDocumentChanges() != null && edit.getDocumentChanges().stream()
				.anyMatch(change -> change.isRight() || !change.getLeft().getEdits().isEmpty());
	}
}
