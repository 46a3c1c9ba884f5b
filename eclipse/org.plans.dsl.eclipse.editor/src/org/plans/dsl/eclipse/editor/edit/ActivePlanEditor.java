package org.plans.dsl.eclipse.editor.edit;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.plans.dsl.eclipse.editor.PlanDocuments;

/** The text editor a command was given, if it shows a plan. */
public record ActivePlanEditor(ITextEditor editor, IDocument document) {

	public static ActivePlanEditor of(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof ITextEditor editor && editor.getDocumentProvider() != null) {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			if (document != null && PlanDocuments.isPlan(document)) {
				return new ActivePlanEditor(editor, document);
			}
		}
		return null;
	}

	public void status(String message) {
		EditorStatus.show(editor, message);
	}
}
