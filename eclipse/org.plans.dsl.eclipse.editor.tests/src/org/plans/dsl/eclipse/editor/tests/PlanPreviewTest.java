package org.plans.dsl.eclipse.editor.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plans.dsl.eclipse.editor.preview.PlanPreviewView;
import org.plans.dsl.preview.PreviewKind;

/** The Plan Preview view: the board report and the checklist of the active plan, made again on save. */
public class PlanPreviewTest {

	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		project = Workbench.project("preview", Workbench.examples().resolve("cambridgeshire-ilacs-2019"));
		Screenshots.layOut();
	}

	@Test
	void thePreviewShowsTheActivePlanAndFollowsASave() throws Exception {
		ITextEditor editor = Workbench.open(project.getFile("plan.plan"));
		PlanPreviewView view = (PlanPreviewView) Workbench.page().showView(PlanPreviewView.ID);
		Workbench.page().activate(editor);
		Workbench.waitUntil("the board report", () -> view.html().contains("Cambridgeshire County Council Action Plan"),
				20_000);
		assertTrue(view.html().startsWith("<!DOCTYPE html>"), view.html());
		Workbench.spin(1500);
		Screenshots.take("preview-report");

		view.select(PreviewKind.CHECKLIST);
		assertTrue(view.html().contains("Checklist: "), view.html());
		// a lead written "cab" in plan.plan, named in people.plan: both files of the plan are read
		assertTrue(view.html().contains("Caroline Adu-Bonsra"), view.html());
		Screenshots.take("preview-checklist");

		IDocument document = Workbench.document(editor);
		String title = "Cambridgeshire County Council Action Plan following ILACS Inspection";
		int at = document.get().indexOf(title);
		document.replace(at, title.length(), "Cambridgeshire Improvement Plan after the 2019 Inspection");
		int before = view.refreshes();
		editor.doSave(null);
		Workbench.waitUntil("the preview made again after the save", () -> view.refreshes() > before, 20_000);
		assertTrue(view.html().contains("Cambridgeshire Improvement Plan after the 2019 Inspection"), view.html());

		document.replace(0, 0, "plan {{{ broken\n");
		editor.doSave(null);
		Workbench.waitUntil("the preview of a broken plan",
				() -> view.html().contains("Fix the mistakes below"), 20_000);
		Workbench.page().closeAllEditors(false);
	}
}
