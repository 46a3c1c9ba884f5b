package org.plans.dsl.eclipse.editor.edit;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;

/** Toggle Comment (Ctrl+/) on the selected lines of a plan. */
public class ToggleCommentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ActivePlanEditor active = ActivePlanEditor.of(event);
		if (active == null || !(active.editor().getSelectionProvider().getSelection() instanceof ITextSelection s)) {
			return null;
		}
		try {
			IRegion lines = CommentToggling.toggle(active.document(), s.getOffset(), s.getLength());
			active.editor().selectAndReveal(lines.getOffset(), lines.getLength());
		} catch (BadLocationException e) {
			throw new ExecutionException("The selection is outside the text", e);
		}
		return null;
	}
}
