package org.plans.dsl.eclipse.editor.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.plans.dsl.eclipse.editor.assist.PlansContentAssistProcessor;
import org.plans.dsl.eclipse.editor.live.LiveProblem;
import org.plans.dsl.eclipse.editor.markers.PlanFilesListener;

/**
 * How long the editor takes, in the workbench: open a plan until it is coloured, an edit until
 * its problem shows (unsaved, after the editor's pause), a save until its marker shows, and
 * completion at a lead. On the seed-size example plan, and on the plans named by the system
 * property {@code plans.bench.editor} (bench/run's eclipse part gives a 5,000-action plan).
 * Writes {@code target/editor-timings.txt}, one line per plan as soon as it is measured.
 */
public class EditorTimingsTest {

	private static final long LIMIT = 120_000;

	@Test
	void openEditSaveAndCompleteEachPlanInTime() throws Exception {
		PlanFilesListener.install();
		List<Path> plans = new ArrayList<>(List.of(Workbench.examples().resolve("hillingdon-csc-2015.plan")));
		String more = System.getProperty("plans.bench.editor", "");
		for (String file : more.split(",")) {
			// Tycho passes an empty property as "null"
			if (!file.isBlank() && !file.equals("null")) {
				plans.add(Path.of(file.trim()));
			}
		}
		Path out = Path.of(System.getProperty("plans.screenshots")).getParent().resolve("editor-timings.txt");
		Files.deleteIfExists(out);
		for (Path plan : plans) {
			String line = time(plan) + "\n";
			Files.writeString(out, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			System.out.print(line);
		}
	}

	private static String time(Path source) throws Exception {
		Workbench.page().closeAllEditors(false);
		String name = source.getFileName().toString().replace(".plan", "");
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("timings-" + name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		String text = Files.readString(source);
		IFile file = Workbench.write(project.getFile(source.getFileName().toString()), text);
		ExamplePlansTest.waitForValidation();
		long actions = text.lines().filter(l -> l.trim().startsWith("action ")).count();

		long start = System.nanoTime();
		ITextEditor editor = Workbench.open(file);
		Workbench.waitUntil("the plan coloured", () -> Workbench.text(editor).getStyleRanges().length > 0, LIMIT);
		long open = millis(start);

		IDocument document = Workbench.document(editor);
		Matcher leadLine = Pattern.compile("\n\\s+lead ").matcher(document.get());
		assertTrue(leadLine.find(), "the plan has a lead");
		int lead = leadLine.end();
		start = System.nanoTime();
		document.replace(lead, 0, "zz");
		Workbench.waitUntil("the unsaved problem", () -> live(editor), LIMIT);
		long live = millis(start);

		start = System.nanoTime();
		editor.doSave(null);
		Workbench.waitUntil("the marker after the save", () -> Workbench.markers(file).stream()
				.anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("'zz")), LIMIT);
		long marker = millis(start);

		document.replace(lead, 2, "");
		editor.doSave(null);
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		long[] completion = new long[20];
		for (int i = 0; i < completion.length; i++) {
			start = System.nanoTime();
			assertTrue(new PlansContentAssistProcessor().computeCompletionProposals(viewer, lead).length > 0);
			completion[i] = millis(start);
		}
		Arrays.sort(completion);
		Workbench.page().closeAllEditors(false);
		ExamplePlansTest.waitForValidation();
		project.delete(true, true, null);
		return String.format("%s %d %d %d %d %d", name, actions, open, live, marker, completion[completion.length / 2]);
	}

	private static boolean live(ITextEditor editor) {
		for (Iterator<Annotation> it = ((ISourceViewer) editor.getAdapter(ITextOperationTarget.class))
				.getAnnotationModel().getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof LiveProblem problem && problem.getText().contains("'zz")) {
				return true;
			}
		}
		return false;
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}
}
