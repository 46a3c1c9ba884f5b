package org.plans.dsl.eclipse.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plans.dsl.eclipse.editor.generate.EditorTargets;
import org.plans.dsl.eclipse.editor.generate.GenerateDialog;
import org.plans.dsl.eclipse.editor.generate.GenerateSettings;
import org.plans.dsl.eclipse.editor.generate.ProjectGeneration;

/** Generate…: the targets the editor runs, their files in the project, the choice remembered per project. */
public class GenerateTest {

	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		project = Workbench.project("generate", Workbench.examples().resolve("constructs/multi-file"));
		Screenshots.layOut();
	}

	@Test
	void theChosenTargetsWriteIntoTheOutputFolderAndTheChoiceIsRemembered() throws Exception {
		List<String> names = EditorTargets.names();
		assertTrue(names.containsAll(List.of("report", "html", "markdown", "by-lead")), names.toString());
		assertEquals(GenerateSettings.DEFAULT, GenerateSettings.of(project));

		GenerateSettings settings = new GenerateSettings(List.of("report", "markdown"), "out/docs");
		settings.save(project);
		assertEquals(settings, GenerateSettings.of(project));

		ProjectGeneration.Outcome outcome = ProjectGeneration.run(project, settings);
		assertTrue(outcome.written(), outcome.lines().toString());
		assertTrue(outcome.lines().stream().anyMatch(l -> l.startsWith("report: ")), outcome.lines().toString());
		assertTrue(outcome.lines().stream().anyMatch(l -> l.startsWith("markdown: ")), outcome.lines().toString());
		IFolder out = project.getFolder("out/docs");
		List<IResource> written = List.of(out.members());
		assertFalse(written.isEmpty());
		assertTrue(written.stream().anyMatch(r -> r.getName().endsWith(".html")), written.toString());
		assertTrue(written.stream().anyMatch(r -> r.getName().endsWith(".md")), written.toString());

		GenerateDialog dialog = new GenerateDialog(Workbench.page().getWorkbenchWindow().getShell(), project.getName(),
				GenerateSettings.of(project));
		dialog.setBlockOnOpen(false);
		dialog.open();
		Screenshots.take("generate-dialog");
		dialog.close();
	}

	@Test
	void plansWithErrorsGenerateNothing() throws Exception {
		IProject broken = Workbench.project("generate-broken", Workbench.examples().resolve("constructs/multi-file"));
		Workbench.write(broken.getFile("people.plan"), "plan team-plan\nperson {{{\n");
		ProjectGeneration.Outcome outcome = ProjectGeneration.run(broken, GenerateSettings.DEFAULT);
		assertFalse(outcome.written());
		assertTrue(outcome.lines().get(0).startsWith("Nothing generated: the plans have "), outcome.lines().toString());
		assertFalse(broken.getFolder("generated").exists());
	}
}
