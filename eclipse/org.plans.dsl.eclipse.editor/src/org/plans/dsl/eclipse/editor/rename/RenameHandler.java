package org.plans.dsl.eclipse.editor.rename;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.plans.dsl.eclipse.editor.edit.ActivePlanEditor;

/** Refactor > Rename (Alt+Shift+R) on a name in a plan: the declaration and every use, in every file. */
public class RenameHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ActivePlanEditor active = ActivePlanEditor.of(event);
		if (active == null || !(active.editor().getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		int offset = selection.getOffset();
		Optional<String> name = PlanRename.nameAt(active.document(), offset);
		if (name.isEmpty()) {
			active.status("Put the caret on a name to rename it.");
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		RenameDialog dialog = new RenameDialog(shell, active.document(), offset, name.get());
		if (dialog.open() != Window.OK) {
			return null;
		}
		try {
			PlanRename.Outcome outcome = PlanRename.rename(active.document(), offset, dialog.getValue().trim());
			if (outcome.refused()) {
				MessageDialog.openInformation(shell, "Rename", outcome.refusal());
			} else {
				active.status("Renamed '" + name.get() + "' to '" + dialog.getValue().trim() + "' in "
						+ outcome.edits().size() + (outcome.edits().size() == 1 ? " file." : " files."));
			}
		} catch (CoreException | BadLocationException e) {
			throw new ExecutionException("The rename could not be applied", e);
		}
		return null;
	}
}
