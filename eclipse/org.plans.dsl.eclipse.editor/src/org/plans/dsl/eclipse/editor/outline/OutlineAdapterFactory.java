package org.plans.dsl.eclipse.editor.outline;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.plans.dsl.eclipse.editor.PlanDocuments;

/** Gives a text editor showing a plan its outline page (the Generic Editor has no outline extension point). */
public class OutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor
				&& editor.getDocumentProvider() != null) {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			if (document != null && PlanDocuments.fileOf(document) != null && PlanDocuments.isPlan(document)) {
				return adapterType.cast(new PlansOutlinePage(editor));
			}
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
