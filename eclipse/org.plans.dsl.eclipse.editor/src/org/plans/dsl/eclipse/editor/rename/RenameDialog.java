package org.plans.dsl.eclipse.editor.rename;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks for the new id of the declaration at the caret; says as you type why an id cannot be
 * taken (a keyword, not an id, in use), and OK stays disabled until it can.
 */
public class RenameDialog extends InputDialog {

	public RenameDialog(Shell shell, IDocument document, int offset, String oldId) {
		super(shell, "Rename", "New id for '" + oldId + "' (every file of the project that names it is changed):",
				oldId, newId -> newId.equals(oldId) ? "Type the new id."
						: PlanRename.refusal(document, offset, newId).orElse(null));
	}
}
