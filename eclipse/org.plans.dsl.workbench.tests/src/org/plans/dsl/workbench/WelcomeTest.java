package org.plans.dsl.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Plans Workbench inside the running product: the Plans perspective, and what the Welcome
 * view's links and {@code -Dplans.open} do.
 */
class WelcomeTest {

	private final Path examples = Path.of(System.getProperty("plans.examples"));

	private IWorkbenchPage page;

	@BeforeEach
	void page() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
	}

	@Test
	void thePlansPerspectiveHasTheExplorerOutlineProblemsAndWelcome() {
		assertEquals("org.plans.dsl.workbench.perspective", page.getPerspective().getId());
		for (String view : Set.of(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROBLEM_VIEW, WelcomeView.ID)) {
			assertNotNull(page.findViewReference(view), view);
		}
	}

	@Test
	void openTheExamplePlansMakesAProjectOfEveryExampleAndOpensOne() throws IOException, CoreException {
		assertEquals(Optional.empty(), new WelcomeActions(page).openExamples());
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProject.NAME);
		assertTrue(project.isOpen());
		assertEquals(examplePlans(), projectPlans(project));
		assertEquals(ExampleProject.FIRST_PLAN, openFile().getName());
	}

	@Test
	void validateRunsTheEditorsCommandAndShowsTheProblems() {
		new WelcomeActions(page).openExamples();
		assertEquals(Optional.empty(), new WelcomeActions(page).validate());
		assertTrue(page.isPartVisible(page.findView(IPageLayout.ID_PROBLEM_VIEW)));
	}

	@Test
	void previewShowsThePreviewViewOrSaysThereIsNone() {
		Optional<String> said = new WelcomeActions(page).preview();
		if (WelcomeActions.previewView().isPresent()) {
			assertEquals(Optional.empty(), said);
			assertNotNull(page.findView(WelcomeActions.previewView().get().getId()));
		} else {
			assertEquals(Optional.of("This workbench has no plan preview view yet."), said);
		}
	}

	@Test
	void yourOwnPlanStartsTheEditorsNewPlanWizardInTheExampleProject() throws CoreException {
		new WelcomeActions(page).openExamples();
		WizardDialog dialog = new WelcomeActions(page).newPlanDialog().orElseThrow();
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertEquals("org.plans.dsl.eclipse.editor.wizard.NewPlanWizard", dialog.getCurrentPage().getWizard().getClass().getName());
			assertTrue(dialog.getCurrentPage().getControl().isVisible());
		} finally {
			dialog.close();
		}
	}

	@Test
	void plansOpenNamesAPlanOfTheExampleProjectOrAnyFile() throws CoreException {
		String opened = PlanOpening.openNamed(page, "constructs/multi-file/plan.plan");
		assertTrue(opened.endsWith(Path.of("constructs", "multi-file", "plan.plan").toString()), opened);
		assertEquals("plan.plan", openFile().getName());

		Path outside = examples.resolve("constructs/dates.plan").toAbsolutePath();
		assertEquals(outside.toString(), PlanOpening.openNamed(page, outside.toString()));
		assertEquals("dates.plan", page.getActiveEditor().getEditorInput().getName());
	}

	@Test
	void plansOpenRefusesAPlanThatIsNotThere() {
		CoreException refused = assertThrows(CoreException.class, () -> PlanOpening.openNamed(page, "no-such.plan"));
		assertEquals("No plan no-such.plan in the project plans-examples", refused.getMessage());
	}

	private IFile openFile() {
		IEditorPart editor = page.getActiveEditor();
		assertNotNull(editor);
		return ((FileEditorInput) editor.getEditorInput()).getFile();
	}

	private Set<String> examplePlans() throws IOException {
		try (Stream<Path> files = Files.walk(examples)) {
			return files.filter(f -> f.toString().endsWith(".plan")).map(f -> examples.relativize(f).toString().replace('\\', '/'))
					.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	private static Set<String> projectPlans(IProject project) throws CoreException {
		Set<String> plans = new TreeSet<>();
		project.accept(resource -> {
			if (resource.getType() == IResource.FILE && "plan".equals(resource.getFileExtension())) {
				plans.add(resource.getProjectRelativePath().toString());
			}
			return true;
		});
		return plans;
	}
}
