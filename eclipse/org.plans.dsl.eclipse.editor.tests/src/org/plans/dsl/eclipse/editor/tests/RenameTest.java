package org.plans.dsl.eclipse.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plans.dsl.eclipse.editor.markers.PlanFilesListener;
import org.plans.dsl.eclipse.editor.rename.PlanRename;
import org.plans.dsl.eclipse.editor.rename.RenameDialog;

/**
 * Rename across files, by the language's rename service in process: on the two-file plan
 * (people in one file, actions naming them in the other), and its refusals.
 */
public class RenameTest {

	@BeforeAll
	static void listen() {
		PlanFilesListener.install();
		Screenshots.layOut();
	}

	/** A fresh copy of the two-file plan for each test (the tests rename in it). */
	private static IProject team(String name) throws Exception {
		Workbench.page().closeAllEditors(false);
		IProject team = Workbench.project(name, Workbench.examples().resolve("constructs/multi-file"));
		ExamplePlansTest.waitForValidation();
		return team;
	}

	private static long errors(IProject project) {
		return Workbench.markers(project).stream()
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).count();
	}

	@Test
	void renamingAPersonChangesTheDeclarationAndEveryUseInEveryFile() throws Exception {
		IProject team = team("rename-person");
		IFile people = team.getFile("people.plan");
		IFile plan = team.getFile("plan.plan");
		long errorsBefore = errors(team);
		ITextEditor editor = Workbench.open(people);
		IDocument document = Workbench.document(editor);
		int at = document.get().indexOf("person kt") + "person ".length();
		assertEquals(Optional.of("kt"), PlanRename.nameAt(document, at));

		PlanRename.Outcome outcome = PlanRename.rename(document, at, "karen");
		assertFalse(outcome.refused(), outcome.refusal());
		assertEquals(Set.of(people, plan), outcome.edits().keySet());
		assertTrue(Workbench.text(people).contains("person karen \"Karen Tolond\""), Workbench.text(people));
		assertTrue(Workbench.text(plan).contains("lead karen, hr, hos"), Workbench.text(plan));
		assertFalse(editor.isDirty(), "a file without unsaved changes is saved after the rename");
		ExamplePlansTest.waitForValidation();
		assertEquals(errorsBefore, errors(team), Workbench.markers(team).toString());
	}

	@Test
	void aKeywordOrAnIdInUseIsRefusedAndNothingChanges() throws Exception {
		IProject team = team("rename-refused");
		IFile people = team.getFile("people.plan");
		ITextEditor editor = Workbench.open(people);
		IDocument document = Workbench.document(editor);
		String before = document.get();
		int at = before.indexOf("team hr") + "team ".length();

		Optional<String> keyword = PlanRename.refusal(document, at, "priority");
		assertTrue(keyword.orElse("").contains("keyword"), keyword.toString());
		PlanRename.Outcome inUse = PlanRename.rename(document, at, "kt");
		assertTrue(inUse.refused());
		assertTrue(inUse.refusal().contains("already the id"), inUse.refusal());
		assertTrue(PlanRename.rename(document, at, "not an id").refused());
		assertEquals(before, document.get());
		assertFalse(editor.isDirty());
	}

	@Test
	void altShiftROnAUseAsksForTheNewIdSaysWhyOneIsRefusedAndRenames() throws Exception {
		IProject team = team("rename-keys");
		IFile plan = team.getFile("plan.plan");
		ITextEditor editor = Workbench.open(plan);
		IDocument document = Workbench.document(editor);
		int at = document.get().indexOf(", hr, hos") + ", ".length();
		editor.selectAndReveal(at + 1, 0);
		Workbench.text(editor).setFocus();
		Workbench.spin(300);
		Display display = Display.getCurrent();
		String[] refusal = new String[1];
		display.timerExec(1500, () -> {
			Shell dialog = Arrays.stream(display.getShells()).filter(s -> "Rename".equals(s.getText())).findFirst()
					.orElse(null);
			if (dialog == null) {
				return;
			}
			Text newId = Widgets.find(dialog, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0).get(0);
			newId.setText("priority");
			Workbench.spin(300);
			refusal[0] = Widgets.find(dialog, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) != 0).stream().map(Text::getText)
					.filter(s -> !s.isBlank()).findFirst().orElse("");
			try {
				Screenshots.take("rename-refused");
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			newId.setText("human-resources");
			Workbench.spin(300);
			Button ok = Widgets.find(dialog, Button.class, b -> "OK".equals(b.getText())).get(0);
			ok.notifyListeners(SWT.Selection, new Event());
		});
		Keys.press(SWT.ALT | SWT.SHIFT, 'r');
		Workbench.waitUntil("the rename by Alt+Shift+R",
				() -> Workbench.text(team.getFile("people.plan")).contains("team human-resources"), 20_000);
		assertTrue(refusal[0] != null && refusal[0].contains("keyword"), "the dialog said: " + refusal[0]);
		assertTrue(document.get().contains(", human-resources, hos"), document.get());
		Screenshots.take("rename-done");
	}

	@Test
	void theDialogRefusesAKeywordAsItIsTyped() throws Exception {
		IProject team = team("rename-dialog");
		IFile people = team.getFile("people.plan");
		ITextEditor editor = Workbench.open(people);
		IDocument document = Workbench.document(editor);
		String text = document.get();
		int at = text.indexOf("person ") + "person ".length();
		String oldId = PlanRename.nameAt(document, at).orElseThrow();
		RenameDialog dialog = new RenameDialog(editor.getSite().getShell(), document, at, oldId);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Text newId = Widgets.find(dialog.getShell(), Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0).get(0);
			newId.setText("action");
			Workbench.spin(200);
			Button ok = Widgets.find(dialog.getShell(), Button.class, b -> "OK".equals(b.getText())).get(0);
			assertFalse(ok.isEnabled());
			newId.setText("karen-t");
			Workbench.spin(200);
			assertTrue(ok.isEnabled());
		} finally {
			dialog.close();
		}
		assertEquals(text, document.get());
	}

}
