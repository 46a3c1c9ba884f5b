package org.plans.dsl.eclipse.editor.highlighting;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;

/** The Generic Editor's presentation reconciler for plans: semantic colours for the whole text. */
public class PlansPresentationReconciler extends PresentationReconciler {

	public PlansPresentationReconciler() {
		SemanticRepairer repairer = new SemanticRepairer();
		setDamager(repairer, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(repairer, IDocument.DEFAULT_CONTENT_TYPE);
	}
}
