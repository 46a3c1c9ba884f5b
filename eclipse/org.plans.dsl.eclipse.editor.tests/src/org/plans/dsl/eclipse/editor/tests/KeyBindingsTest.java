package org.plans.dsl.eclipse.editor.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plans.dsl.eclipse.editor.markers.PlanFilesListener;

/** The editor's key bindings, pressed as keys (not commands called), in a plan editor. */
public class KeyBindingsTest {

	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		PlanFilesListener.install();
		project = Workbench.project("keys", Workbench.examples().resolve("constructs/multi-file"));
		Screenshots.layOut();
		ExamplePlansTest.waitForValidation();
	}

	private static ITextEditor focused(String file) throws Exception {
		ITextEditor editor = Workbench.open(project.getFile(file));
		Workbench.text(editor).setFocus();
		Workbench.spin(300);
		return editor;
	}

	@Test
	void theCommandsAreBoundInThePlanEditor() throws Exception {
		focused("plan.plan");
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertBound(bindings, "org.plans.dsl.eclipse.editor.format", "CTRL+SHIFT+F");
		assertBound(bindings, "org.plans.dsl.eclipse.editor.toggleComment", "CTRL+/");
		assertBound(bindings, "org.plans.dsl.eclipse.editor.rename", "ALT+SHIFT+R");
	}

	private static void assertBound(IBindingService bindings, String command, String keys) throws Exception {
		TriggerSequence[] active = bindings.getActiveBindingsFor(command);
		assertTrue(Arrays.asList(active).contains(KeySequence.getInstance(keys)),
				command + " is bound to " + Arrays.toString(active));
	}

	@Test
	void ctrlSlashCommentsTheLineOutAndBackIn() throws Exception {
		ITextEditor editor = focused("people.plan");
		IDocument document = Workbench.document(editor);
		String before = document.get();
		int line = document.getLineOfOffset(before.indexOf("person kt"));
		editor.selectAndReveal(document.getLineOffset(line) + 3, 0);
		Keys.press(SWT.CTRL, '/');
		Workbench.waitUntil("the line commented out", () -> lineText(document, line).startsWith("//"), 10_000);
		Keys.press(SWT.CTRL, '/');
		Workbench.waitUntil("the line back in", () -> document.get().equals(before), 10_000);
	}

	@Test
	void ctrlShiftFFormatsThePlan() throws Exception {
		ITextEditor editor = focused("people.plan");
		IDocument document = Workbench.document(editor);
		String formatted = document.get();
		int at = formatted.indexOf("person kt \"") + "person kt".length();
		document.replace(at, 1, "      ");
		editor.selectAndReveal(0, 0);
		Keys.press(SWT.CTRL | SWT.SHIFT, 'f');
		Workbench.waitUntil("the plan formatted", () -> !document.get().contains("kt      "), 10_000);
		assertTrue(document.get().contains("person kt \"Karen Tolond\""), document.get());
		editor.doRevertToSaved();
	}

	private static String lineText(IDocument document, int line) {
		try {
			return document.get(document.getLineOffset(line), document.getLineLength(line));
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		}
	}
}
