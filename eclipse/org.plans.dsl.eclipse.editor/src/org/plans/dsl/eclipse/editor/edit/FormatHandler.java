package org.plans.dsl.eclipse.editor.edit;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;

/** Source > Format (Ctrl+Shift+F) on a plan. */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ActivePlanEditor active = ActivePlanEditor.of(event);
		if (active == null) {
			return null;
		}
		try {
			switch (PlanFormatting.format(active.document())) {
			case SYNTAX_ERRORS -> active.status("Not formatted: the plan has syntax errors (see the Problems view).");
			case ALREADY_FORMATTED -> active.status("The plan is formatted already.");
			case FORMATTED -> active.status("Formatted.");
			}
		} catch (BadLocationException e) {
			throw new ExecutionException("The formatter's edits do not fit the text", e);
		}
		return null;
	}
}
