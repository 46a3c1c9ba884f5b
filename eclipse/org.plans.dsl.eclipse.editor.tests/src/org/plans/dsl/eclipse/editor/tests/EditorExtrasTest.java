package org.plans.dsl.eclipse.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plans.dsl.eclipse.editor.assist.PlansOccurrences;
import org.plans.dsl.eclipse.editor.markers.PlanFilesListener;
import org.plans.dsl.eclipse.editor.wizard.NewPlanWizard;
import org.plans.dsl.eclipse.editor.wizard.PlanTemplate;

/** Mark occurrences, folding and the New Plan wizard. */
public class EditorExtrasTest {

	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		PlanFilesListener.install();
		project = Workbench.project("extras", Workbench.examples().resolve("constructs"));
		Screenshots.layOut();
		ExamplePlansTest.waitForValidation();
	}

	private static ISourceViewer viewer(ITextEditor editor) {
		return (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	private static List<Position> annotations(IAnnotationModel model, String type) {
		List<Position> positions = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (type == null || type.equals(annotation.getType())) {
				positions.add(model.getPosition(annotation));
			}
		}
		return positions;
	}

	@Test
	void theCaretOnALeadMarksThePersonAndItsOtherUses() throws Exception {
		ITextEditor editor = Workbench.open(project.getFile("all-constructs.plan"));
		IDocument document = Workbench.document(editor);
		String text = document.get();
		int declaration = text.indexOf("person ana") + "person ".length();
		int use = text.indexOf("lead ana") + "lead ".length();
		editor.selectAndReveal(use + 1, 0);
		IAnnotationModel model = viewer(editor).getAnnotationModel();
		Workbench.waitUntil("occurrences of ana",
				() -> annotations(model, PlansOccurrences.ANNOTATION_TYPE).size() >= 2, 10_000);
		List<Position> marked = annotations(model, PlansOccurrences.ANNOTATION_TYPE);
		assertTrue(marked.stream().anyMatch(p -> p.getOffset() == declaration && p.getLength() == 3), marked.toString());
		assertTrue(marked.stream().anyMatch(p -> p.getOffset() == use && p.getLength() == 3), marked.toString());
		for (Position p : marked) {
			assertEquals("ana", text.substring(p.getOffset(), p.getOffset() + p.getLength()));
		}
		Workbench.spin(1000);
		// painted: the marks' colour is the background of the text (the colour of the annotation type)
		StyleRange style = Workbench.text(editor).getStyleRangeAtOffset(declaration);
		assertNotNull(style.background, style.toString());
		assertEquals(new RGB(212, 212, 212), style.background.getRGB());
		Screenshots.take("occurrences");
		Workbench.page().closeEditor(editor, false);
	}

	@Test
	void blocksFold() throws Exception {
		ITextEditor editor = Workbench.open(project.getFile("all-constructs.plan"));
		ProjectionViewer viewer = (ProjectionViewer) viewer(editor);
		Workbench.waitUntil("folding regions", () -> viewer.getProjectionAnnotationModel() != null
				&& !annotations(viewer.getProjectionAnnotationModel(), null).isEmpty(), 10_000);
		Workbench.page().closeEditor(editor, false);
	}

	@Test
	void theNewPlanWizardWritesAPlanWithoutErrors() throws Exception {
		NewPlanWizard wizard = new NewPlanWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project.getFolder("constructs-new")));
		project.getFolder("constructs-new").create(true, true, null);
		WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Screenshots.take("new-plan-wizard");
		assertTrue(wizard.performFinish());
		dialog.close();
		IFile created = project.getFolder("constructs-new").getFile("new-plan.plan");
		assertTrue(created.exists());
		assertEquals(PlanTemplate.of("new-plan.plan", YearMonth.now(), NewPlanWizard.keywords()), Workbench.text(created));
		assertEquals("new-plan.plan", Workbench.page().getActiveEditor().getEditorInput().getName());
		ExamplePlansTest.waitForValidation();
		List<IMarker> errors = Workbench.markers(created).stream()
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
		assertEquals(List.of(), errors.stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
		assertTrue(PlanTemplate.of("Children's services 2025.plan", YearMonth.of(2025, 1), NewPlanWizard.keywords())
				.startsWith("plan children-s-services-2025 \"Children's services 2025 improvement plan\" {\n    issued 2025-01\n}"));
		assertTrue(PlanTemplate.of("priority.plan", YearMonth.of(2025, 1), NewPlanWizard.keywords()).startsWith("plan new-priority "));
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void plansPropertiesChangesTheSeverityOfTheMarkers() throws Exception {
		String text = "plan props \"Props\" {\n    issued 2024-04\n}\n\nperson ana \"Ana\"\n\npriority 1 \"One\" {\n    action 1.1 \"Do\" {\n        lead ana\n    }\n}\n";
		IFile file = Workbench.write(project.getFolder("props").getFile("props.plan"), text);
		Workbench.waitUntil("PLAN-106 as a warning", () -> severityOf(file, "PLAN-106") == IMarker.SEVERITY_WARNING, 60_000);
		IFile properties = Workbench.write(project.getFolder("props").getFile("plans.properties"), "PLAN-106=error\n");
		Workbench.waitUntil("PLAN-106 as an error", () -> severityOf(file, "PLAN-106") == IMarker.SEVERITY_ERROR, 60_000);
		properties.delete(true, null);
		Workbench.waitUntil("PLAN-106 a warning again", () -> severityOf(file, "PLAN-106") == IMarker.SEVERITY_WARNING, 60_000);
		project.getFolder("props").delete(true, null);
	}

	private static int severityOf(IFile file, String code) {
		return Workbench.markers(file).stream().filter(m -> code.equals(m.getAttribute("code", null)))
				.mapToInt(m -> m.getAttribute(IMarker.SEVERITY, -1)).findFirst().orElse(-1);
	}
}
