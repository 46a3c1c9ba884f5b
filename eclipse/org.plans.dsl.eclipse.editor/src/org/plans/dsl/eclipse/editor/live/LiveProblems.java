package org.plans.dsl.eclipse.editor.live;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.plans.dsl.eclipse.editor.PlanDocuments;
import org.plans.dsl.eclipse.editor.PlansLanguage;

/**
 * Validates the editor's text as it stands, saved or not, with the project's other plan files
 * beside it (as {@link PlanDocuments} parses it, so names from other files resolve and the
 * project's {@code plans.properties} sets the severities), and hands the findings to
 * {@link LiveAnnotations}. Reads the text only: the document is never changed.
 */
final class LiveProblems implements IReconcilingStrategy {

	private LiveAnnotations annotations;
	private IDocument document;

	void install(ISourceViewer viewer) {
		annotations = new LiveAnnotations(viewer);
	}

	void uninstall() {
		if (annotations != null) {
			annotations.dispose();
		}
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		check();
	}

	@Override
	public void reconcile(IRegion partition) {
		check();
	}

	private void check() {
		IDocument checked = document;
		if (checked == null || annotations == null || !PlanDocuments.isPlan(checked)) {
			return;
		}
		long stamp = stamp(checked);
		List<LiveProblem> found = PlanDocuments.read(checked, plan -> {
			List<LiveProblem> problems = new ArrayList<>();
			int length = plan.document().getContents().length();
			for (Issue issue : PlansLanguage.get(IResourceValidator.class).validate(plan.resource(), CheckMode.ALL,
					CancelIndicator.NullImpl)) {
				LiveProblem problem = LiveProblem.of(issue, length);
				if (problem != null) {
					problems.add(problem);
				}
			}
			return problems;
		});
		if (stamp(checked) == stamp) {
			annotations.show(found);
		}
	}

	private static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 d ? d.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}
}
