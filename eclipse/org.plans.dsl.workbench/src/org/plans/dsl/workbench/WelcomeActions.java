package org.plans.dsl.workbench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.IViewDescriptor;
import org.eclipse.ui.wizards.IWizardDescriptor;

/**
 * What the Welcome view's links do: open the example plans, validate them, preview one, start a
 * plan of one's own. Each
 * returns what went wrong, in words for the user, or nothing.
 */
final class WelcomeActions {

	/** The plans editor's New Plan wizard (File > New > Other... > Plans > Plan). */
	static final String NEW_PLAN = "org.plans.dsl.eclipse.editor.newPlan";

	/** The plans editor's command that validates every plan of the project (org.plans.dsl.eclipse.editor). */
	static final String VALIDATE = "org.plans.dsl.eclipse.editor.validate";

	private final IWorkbenchPage page;

	WelcomeActions(IWorkbenchPage page) {
		this.page = page;
	}

	/** Creates the example project (if needed) and opens its first plan. */
	Optional<String> openExamples() {
		try {
			IFile first = ExampleProject.ensure(null).getFile(ExampleProject.FIRST_PLAN);
			if (first.exists()) {
				PlanOpening.open(page, first);
			}
			return Optional.empty();
		} catch (CoreException e) {
			return Optional.of("Cannot create the example project: " + e.getMessage());
		}
	}

	/** Runs the editor's Validate command and shows the Problems view. */
	Optional<String> validate() {
		IHandlerService handlers = page.getWorkbenchWindow().getService(IHandlerService.class);
		try {
			handlers.executeCommand(VALIDATE, null);
			page.showView(IPageLayout.ID_PROBLEM_VIEW);
			return Optional.empty();
		} catch (CommandException | PartInitException e) {
			return Optional.of("Cannot validate: " + e.getMessage() + "\nOpen a plan first (Open the example plans), then Validate again.");
		}
	}

	/** Shows the plans editor's preview view, which follows the active plan. */
	Optional<String> preview() {
		Optional<IViewDescriptor> view = previewView();
		if (view.isEmpty()) {
			return Optional.of("This workbench has no plan preview view yet.");
		}
		try {
			page.showView(view.get().getId());
			return Optional.empty();
		} catch (PartInitException e) {
			return Optional.of("Cannot show the preview: " + e.getMessage());
		}
	}

	/** Opens the plans editor's New Plan wizard, in the example project when there is one. */
	Optional<String> newPlan() {
		try {
			Optional<WizardDialog> dialog = newPlanDialog();
			if (dialog.isEmpty()) {
				return Optional.of("This workbench has no New Plan wizard: File > New > File, with a name ending in .plan.");
			}
			dialog.get().open();
			return Optional.empty();
		} catch (CoreException e) {
			return Optional.of("Cannot start the New Plan wizard: " + e.getMessage());
		}
	}

	/** The New Plan wizard's dialog, not opened yet, or nothing when the editor has no such wizard. */
	Optional<WizardDialog> newPlanDialog() throws CoreException {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NEW_PLAN);
		if (descriptor == null) {
			return Optional.empty();
		}
		IWorkbenchWizard wizard = descriptor.createWizard();
		IProject examples = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProject.NAME);
		wizard.init(PlatformUI.getWorkbench(),
				examples.isOpen() ? new StructuredSelection(examples) : StructuredSelection.EMPTY);
		return Optional.of(new WizardDialog(page.getWorkbenchWindow().getShell(), wizard));
	}

	/** The plans editor's view whose name says preview, if the editor has one. */
	static Optional<IViewDescriptor> previewView() {
		return Arrays.stream(PlatformUI.getWorkbench().getViewRegistry().getViews())
				.filter(v -> v.getId().startsWith("org.plans.dsl.eclipse.editor"))
				.filter(v -> v.getLabel().toLowerCase(Locale.ROOT).contains("preview")).findFirst();
	}
}
