package org.plans.dsl.eclipse.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plans.dsl.eclipse.editor.ProjectPlans;
import org.plans.dsl.eclipse.editor.markers.PlanFilesListener;
import org.plans.dsl.eclipse.editor.markers.ProjectValidation;

/** Every example plan opened in the workbench: the Generic Editor, the language's colours, no errors. */
public class ExamplePlansTest {

	private static final Pattern PLAN_LINE = Pattern.compile("(?m)^plan ([\\w-]+)");
	private static IProject examples;

	@BeforeAll
	static void examplesProject() throws Exception {
		PlanFilesListener.install();
		examples = Workbench.project("examples", Workbench.examples());
		Screenshots.layOut();
	}

	static void waitForValidation() {
		Workbench.spin(500);
		Workbench.waitUntil("the plans validation", () -> Job.getJobManager().find(ProjectValidation.FAMILY).length == 0,
				120_000);
	}

	@Test
	void everyExamplePlanOpensInTheGenericEditorColouredByTheLanguage() {
		List<IFile> plans = ProjectPlans.files(examples);
		assertTrue(plans.size() >= 15, "example plans found: " + plans);
		for (IFile plan : plans) {
			ITextEditor editor = open(plan);
			assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId(), plan.toString());
			StyledText text = Workbench.text(editor);
			Matcher line = PLAN_LINE.matcher(text.getText());
			assertTrue(line.find(), plan + " has a plan line");
			Workbench.waitUntil("colours in " + plan, () -> text.getStyleRangeAtOffset(line.start()) != null, 10_000);
			StyleRange keyword = text.getStyleRangeAtOffset(line.start());
			assertEquals(Colours.of("keyword"), keyword.foreground.getRGB(), plan + ": the keyword plan");
			StyleRange id = text.getStyleRangeAtOffset(line.start(1));
			assertNotNull(id, plan + ": the plan id is coloured");
			assertEquals(Colours.of("namespace"), id.foreground.getRGB(), plan + ": the plan id");
			Workbench.page().closeEditor(editor, false);
		}
	}

	@Test
	void theExamplesHaveNoErrorMarkersAndTheirWarningsCarryRuleCodes() throws Exception {
		waitForValidation();
		List<IMarker> markers = Workbench.markers(examples);
		for (IMarker marker : markers) {
			assertTrue(marker.getAttribute(IMarker.SEVERITY, -1) != IMarker.SEVERITY_ERROR,
					marker.getResource() + ": " + marker.getAttribute(IMarker.MESSAGE, ""));
			String code = marker.getAttribute("code", null);
			if (code != null) {
				assertTrue(code.matches("PLAN-\\d{3}"), code);
				assertTrue(marker.getAttribute(IMarker.MESSAGE, "").startsWith(code + " "));
			}
		}
	}

	@Test
	void aSeedPlanOnScreenWithOutlineAndProblems() throws Exception {
		waitForValidation();
		ITextEditor editor = open(examples.getFile("hillingdon-csc-2015.plan"));
		Workbench.page().showView(IPageLayout.ID_OUTLINE);
		Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		Workbench.page().activate(editor);
		Workbench.text(editor).setFocus();
		Screenshots.take("editor-hillingdon");
		StyledText text = Workbench.text(editor);
		assertTrue(text.getStyleRanges().length > 100, "style ranges: " + text.getStyleRanges().length);
		int comment = text.getText().indexOf("//");
		if (comment >= 0) {
			StyleRange style = text.getStyleRangeAtOffset(comment);
			assertEquals(Colours.of("comment"), style.foreground.getRGB());
			assertEquals(SWT.ITALIC, style.fontStyle & SWT.ITALIC);
		}
	}

	private static ITextEditor open(IFile file) {
		try {
			return Workbench.open(file);
		} catch (Exception e) {
			throw new AssertionError("cannot open " + file, e);
		}
	}
}
