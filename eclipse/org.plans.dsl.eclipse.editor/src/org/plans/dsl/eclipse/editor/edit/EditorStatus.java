package org.plans.dsl.eclipse.editor.edit;

import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.texteditor.ITextEditor;

/** A message on the workbench status line, below the editor. */
final class EditorStatus {

	private EditorStatus() {
	}

	static void show(ITextEditor editor, String message) {
		if (editor.getSite() instanceof IEditorSite site) {
			site.getActionBars().getStatusLineManager().setMessage(message);
		}
	}
}
