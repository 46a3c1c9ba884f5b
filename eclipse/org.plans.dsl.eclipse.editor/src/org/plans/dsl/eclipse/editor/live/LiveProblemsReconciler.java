package org.plans.dsl.eclipse.editor.live;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;

/**
 * Checks the plan in the editor as it is typed: half a second after typing stops, the unsaved
 * text is validated by the language ({@link LiveProblems}). The Generic Editor installs it on
 * every plan editor.
 */
public class LiveProblemsReconciler extends MonoReconciler {

	/** The pause after the last keystroke before the text is checked, in milliseconds. */
	public static final int DELAY = 500;

	private final LiveProblems problems;

	public LiveProblemsReconciler() {
		this(new LiveProblems());
	}

	private LiveProblemsReconciler(LiveProblems problems) {
		super(problems, false);
		this.problems = problems;
		setDelay(DELAY);
	}

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ISourceViewer viewer) {
			problems.install(viewer);
		}
		super.install(textViewer);
	}

	@Override
	public void uninstall() {
		super.uninstall();
		problems.uninstall();
	}
}
