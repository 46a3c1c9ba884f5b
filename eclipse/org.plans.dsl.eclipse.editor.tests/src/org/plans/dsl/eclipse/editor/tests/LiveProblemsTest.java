package org.plans.dsl.eclipse.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plans.dsl.eclipse.editor.live.LiveProblem;
import org.plans.dsl.eclipse.editor.markers.PlanFilesListener;

/**
 * Problems as you type: the unsaved text is checked after a short pause and its findings shown
 * as annotations, while the markers stay those of the saved files.
 */
public class LiveProblemsTest {

	private static IProject team;

	@BeforeAll
	static void project() throws Exception {
		PlanFilesListener.install();
		team = Workbench.project("live-team", Workbench.examples().resolve("constructs/multi-file"));
		Screenshots.layOut();
		ExamplePlansTest.waitForValidation();
	}

	private static IAnnotationModel model(ITextEditor editor) {
		return ((ISourceViewer) editor.getAdapter(ITextOperationTarget.class)).getAnnotationModel();
	}

	private static List<Annotation> annotations(IAnnotationModel model, Class<? extends Annotation> type) {
		List<Annotation> found = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (type.isInstance(annotation)) {
				found.add(annotation);
			}
		}
		return found;
	}

	private static boolean shows(IAnnotationModel model, String words) {
		return annotations(model, LiveProblem.class).stream().anyMatch(a -> a.getText().contains(words));
	}

	@Test
	void anUnsavedEditShowsItsProblemWithoutASaveAndLosesNoText() throws Exception {
		IFile plan = team.getFile("plan.plan");
		String saved = Workbench.text(plan);
		ITextEditor editor = Workbench.open(plan);
		IDocument document = Workbench.document(editor);
		IAnnotationModel model = model(editor);
		Workbench.spin(1500);
		assertEquals(List.of(), annotations(model, LiveProblem.class), "a valid plan has no findings");

		int at = document.get().indexOf("lead kt") + "lead ".length();
		document.replace(at, "kt".length(), "kta");
		Workbench.waitUntil("the unsaved text's finding", () -> shows(model, "'kta'"), 20_000);
		LiveProblem problem = (LiveProblem) annotations(model, LiveProblem.class).stream()
				.filter(a -> a.getText().contains("'kta'")).findFirst().orElseThrow();
		assertTrue(problem.getText().startsWith("PLAN-"), problem.getText());
		assertTrue(problem.getText().contains("Did you mean 'kt'?"), problem.getText());
		assertEquals("org.eclipse.ui.workbench.texteditor.error", problem.getType());
		assertEquals(at, model.getPosition(problem).getOffset());
		assertTrue(document.get().contains("lead kta, hr, hos"), "the typed text is kept");
		assertTrue(editor.isDirty());
		assertEquals(saved, Workbench.text(plan), "nothing is saved");
		assertTrue(Workbench.markers(plan).stream().noneMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("kta")),
				"the markers stay those of the saved file");
		editor.selectAndReveal(at, 3);
		Screenshots.take("live-problems");

		document.replace(at, "kta".length(), "kt");
		Workbench.waitUntil("the finding gone with the typo", () -> !shows(model, "'kta'"), 20_000);
		editor.doSave(null);
	}

	@Test
	void aMarkerTheUnsavedTextNoLongerHasIsGreyedOutAndASaveBringsTheMarkersBack() throws Exception {
		IFile plan = team.getFile("plan.plan");
		ITextEditor editor = Workbench.open(plan);
		IDocument document = Workbench.document(editor);
		IAnnotationModel model = model(editor);
		int at = document.get().indexOf("lead kt") + "lead ".length();
		document.replace(at, "kt".length(), "ktb");
		editor.doSave(null);
		Workbench.waitUntil("the marker of the saved typo", () -> Workbench.markers(plan).stream()
				.anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("'ktb'")), 20_000);
		Workbench.waitUntil("the marker's annotation", () -> annotations(model, MarkerAnnotation.class).stream()
				.anyMatch(a -> a.getText().contains("'ktb'") && !((MarkerAnnotation) a).isMarkedDeleted()), 20_000);
		Workbench.spin(1500);
		assertFalse(shows(model, "'ktb'"), "a finding the marker shows gets no second annotation");

		document.replace(at, "ktb".length(), "kt");
		Workbench.waitUntil("the marker greyed out", () -> annotations(model, MarkerAnnotation.class).stream()
				.filter(a -> a.getText().contains("'ktb'")).allMatch(a -> ((MarkerAnnotation) a).isMarkedDeleted()),
				20_000);
		editor.doSave(null);
		ExamplePlansTest.waitForValidation();
		Workbench.waitUntil("the marker gone after the save", () -> Workbench.markers(plan).stream()
				.noneMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("'ktb'")), 20_000);
	}
}
