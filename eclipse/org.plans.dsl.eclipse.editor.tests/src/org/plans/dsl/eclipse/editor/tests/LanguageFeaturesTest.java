package org.plans.dsl.eclipse.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plans.dsl.eclipse.editor.assist.PlansContentAssistProcessor;
import org.plans.dsl.eclipse.editor.assist.PlansHoverProvider;
import org.plans.dsl.eclipse.editor.assist.PlansHyperlinkDetector;
import org.plans.dsl.eclipse.editor.markers.PlanFilesListener;
import org.plans.dsl.eclipse.editor.outline.OutlineEntry;
import org.plans.dsl.eclipse.editor.outline.PlansOutlinePage;

/**
 * The language's IDE services in the editor, on the two-file example plan (people in one
 * file, actions in the other, a role from another plan by {@code uses}) and on the plan of
 * every construct.
 */
public class LanguageFeaturesTest {

	private static IProject team;
	private static IProject demo;

	@BeforeAll
	static void projects() throws Exception {
		PlanFilesListener.install();
		team = Workbench.project("team-plan", Workbench.examples().resolve("constructs/multi-file"));
		demo = Workbench.project("demo", Workbench.examples().resolve("constructs"));
		Screenshots.layOut();
		ExamplePlansTest.waitForValidation();
	}

	private static ITextViewer viewer(ITextEditor editor) {
		return (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	private static List<IMarker> markers(IFile file, String code) {
		return Workbench.markers(file).stream().filter(m -> code.equals(m.getAttribute("code", null))).toList();
	}

	@Test
	void aNameRemovedFromAnotherFileIsAProblemOfTheFileThatUsesItOpenOrNot() throws Exception {
		IFile people = team.getFile("people.plan");
		IFile plan = team.getFile("plan.plan");
		String before = Workbench.text(people);
		assertEquals(List.of(), markers(plan, "PLAN-002"), "kt, hr and hos resolve across files and by uses");
		try {
			Workbench.write(people, before.replace("person kt \"Karen Tolond\"\n", ""));
			Workbench.waitUntil("PLAN-002 on plan.plan", () -> !markers(plan, "PLAN-002").isEmpty(), 60_000);
			IMarker marker = markers(plan, "PLAN-002").get(0);
			String message = marker.getAttribute(IMarker.MESSAGE, "");
			assertTrue(message.startsWith("PLAN-002 ") && message.contains("kt"), message);
			assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
			int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
			assertTrue(Workbench.text(plan).lines().skip(line - 1).findFirst().orElse("").contains("lead kt"));
		} finally {
			Workbench.write(people, before);
		}
		Workbench.waitUntil("PLAN-002 gone", () -> markers(plan, "PLAN-002").isEmpty(), 60_000);
	}

	@Test
	void contentAssistAtALeadOffersThePeopleOfTheOtherFile() throws Exception {
		ITextEditor editor = Workbench.open(team.getFile("plan.plan"));
		IDocument document = Workbench.document(editor);
		int offset = document.get().indexOf("lead kt") + "lead ".length();
		List<String> proposals = Arrays.stream(new PlansContentAssistProcessor().computeCompletionProposals(viewer(editor),
				offset)).map(ICompletionProposal::getDisplayString).toList();
		assertTrue(proposals.stream().anyMatch(p -> p.startsWith("kt") && p.contains("Karen Tolond")), proposals.toString());
		assertTrue(proposals.stream().anyMatch(p -> p.startsWith("hr")), proposals.toString());
		editor.selectAndReveal(offset, 0);
		((ITextOperationTarget) viewer(editor)).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		Screenshots.take("content-assist");
		Workbench.page().closeEditor(editor, false);
	}

	@Test
	void hoverOnALeadShowsWhoItIs() throws Exception {
		ITextEditor editor = Workbench.open(team.getFile("plan.plan"));
		int offset = Workbench.document(editor).get().indexOf("lead kt") + "lead ".length();
		String hover = new PlansHoverProvider().getHoverInfo(viewer(editor), new Region(offset, 0));
		assertNotNull(hover);
		assertTrue(hover.contains("Karen Tolond"), hover);
		Workbench.page().closeEditor(editor, false);
	}

	@Test
	void goToDefinitionOpensTheFileThatDeclaresTheName() throws Exception {
		ITextEditor editor = Workbench.open(team.getFile("plan.plan"));
		int offset = Workbench.document(editor).get().indexOf("lead kt") + "lead ".length() + 1;
		IHyperlink[] links = new PlansHyperlinkDetector().detectHyperlinks(viewer(editor), new Region(offset, 0), false);
		assertNotNull(links);
		links[0].open();
		Workbench.spin(300);
		ITextEditor declaring = (ITextEditor) Workbench.page().getActiveEditor();
		assertEquals("people.plan", declaring.getEditorInput().getName());
		ITextSelection selection = (ITextSelection) declaring.getSelectionProvider().getSelection();
		assertEquals("kt", selection.getText());
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void theOutlineShowsPrioritiesObjectivesAndActions() throws Exception {
		ITextEditor editor = Workbench.open(demo.getFile("all-constructs.plan"));
		ContentOutline outline = (ContentOutline) Workbench.page().showView(IPageLayout.ID_OUTLINE);
		Workbench.page().activate(editor);
		Workbench.spin(500);
		assertTrue(outline.getCurrentPage() instanceof PlansOutlinePage, String.valueOf(outline.getCurrentPage()));
		List<OutlineEntry> entries = ((PlansOutlinePage) outline.getCurrentPage()).entries();
		String tree = describe(entries, "");
		OutlineEntry workforce = find(entries, "Workforce");
		assertNotNull(workforce, tree);
		OutlineEntry objective = find(workforce.children(), "Reduce caseloads");
		assertNotNull(objective, tree);
		assertNotNull(find(objective.children(), "Recruit permanent social workers"), tree);
		int caret = Workbench.document(editor).get().indexOf("Review incentives");
		editor.selectAndReveal(caret, 0);
		Workbench.spin(800);
		Screenshots.take("outline");
		Workbench.page().closeEditor(editor, false);
	}

	/** The first entry, depth first, whose label contains the text. */
	private static OutlineEntry find(List<OutlineEntry> entries, String text) {
		for (OutlineEntry entry : entries) {
			if (entry.label().contains(text)) {
				return entry;
			}
			OutlineEntry inner = find(entry.children(), text);
			if (inner != null) {
				return inner;
			}
		}
		return null;
	}

	private static String describe(List<OutlineEntry> entries, String indent) {
		return entries.stream().map(e -> indent + e.kind() + " " + e.label() + "\n" + describe(e.children(), indent + "  "))
				.collect(Collectors.joining());
	}

	@Test
	void formatLaysThePlanOutAndLeavesAPlanWithSyntaxErrorsAlone() throws Exception {
		String messy = "plan messy \"Messy\" {\nissued 2024-04\n}\npriority 1 \"One\" {\n action 1.1 \"Do\" {\n      lead ana\n  due 2025-03\n }\n}\nperson ana \"Ana\"\n";
		IFile file = Workbench.write(demo.getFolder("scratch").getFile("messy.plan"), messy);
		ITextEditor editor = Workbench.open(file);
		execute("org.plans.dsl.eclipse.editor.format");
		String formatted = Workbench.document(editor).get();
		assertTrue(formatted.contains("\n    action 1.1 \"Do\" {\n        lead ana\n        due 2025-03\n    }\n"), formatted);
		Workbench.page().closeEditor(editor, false);

		String broken = "plan broken \"Broken\" {\n issued 2024-04\npriority 1 \"One\" {\n";
		IFile brokenFile = Workbench.write(demo.getFolder("scratch").getFile("broken.plan"), broken);
		ITextEditor brokenEditor = Workbench.open(brokenFile);
		execute("org.plans.dsl.eclipse.editor.format");
		assertEquals(broken, Workbench.document(brokenEditor).get());
		Workbench.page().closeEditor(brokenEditor, false);
		demo.getFolder("scratch").delete(true, null);
	}

	@Test
	void aQuickFixAddsTheMissingDeadline() throws Exception {
		String text = "plan fix \"Fix\" {\n    issued 2024-04\n}\n\nperson ana \"Ana\"\n\npriority 1 \"One\" {\n    action 1.1 \"Do\" {\n        lead ana\n    }\n}\n";
		IFile file = Workbench.write(demo.getFolder("fix").getFile("fix.plan"), text);
		Workbench.waitUntil("PLAN-106 on fix.plan", () -> !markers(file, "PLAN-106").isEmpty(), 60_000);
		IMarker marker = markers(file, "PLAN-106").get(0);
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		List<String> labels = Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList();
		assertTrue(labels.contains("Add a deadline"), labels.toString());
		ITextEditor editor = (ITextEditor) Workbench.page().getActiveEditor();
		assertEquals("fix.plan", editor.getEditorInput().getName());
		Arrays.stream(resolutions).filter(r -> r.getLabel().equals("Add a deadline")).findFirst().get().run(marker);
		String fixed = Workbench.document(editor).get();
		assertTrue(fixed.contains("lead ana") && fixed.matches("(?s).*\\n\\s+due [^\\n]+\\n.*"), fixed);
		editor.doSave(null);
		Workbench.waitUntil("PLAN-106 gone", () -> markers(file, "PLAN-106").isEmpty(), 60_000);
		Workbench.page().closeEditor(editor, false);
		demo.getFolder("fix").delete(true, null);
	}

	@Test
	void toggleCommentAndAutoClosing() throws Exception {
		IFile file = Workbench.write(demo.getFolder("edit").getFile("edit.plan"),
				"plan edit \"Edit\"\nperson ana \"Ana\"\nperson ben \"Ben\"\n");
		ITextEditor editor = Workbench.open(file);
		IDocument document = Workbench.document(editor);
		int start = document.getLineOffset(1);
		editor.selectAndReveal(start, document.getLineOffset(3) - start);
		execute("org.plans.dsl.eclipse.editor.toggleComment");
		assertEquals("plan edit \"Edit\"\n// person ana \"Ana\"\n// person ben \"Ben\"\n", document.get());
		execute("org.plans.dsl.eclipse.editor.toggleComment");
		assertEquals("plan edit \"Edit\"\nperson ana \"Ana\"\nperson ben \"Ben\"\n", document.get());
		int end = document.getLineOffset(0) + document.getLineLength(0) - 1;
		Workbench.text(editor).setSelection(end);
		Workbench.text(editor).insert("{");
		Workbench.spin(100);
		assertEquals("plan edit \"Edit\"{}\n", document.get(0, document.getLineLength(0)));
		Workbench.page().closeEditor(editor, false);
		demo.getFolder("edit").delete(true, null);
	}

	private static void execute(String command) throws Exception {
		Workbench.page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand(command, null);
		Workbench.spin(200);
	}
}
