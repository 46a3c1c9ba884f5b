package org.plans.dsl.workbench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.IViewDescriptor;

/** What the Welcome view's links do: open the example plans, validate them, preview one. */
final class WelcomeActions {

	/** The plans editor's command that validates every plan of the project (org.plans.dsl.eclipse.editor). */
	static final String VALIDATE = "org.plans.dsl.eclipse.editor.validate";

	private final IWorkbenchPage page;

	WelcomeActions(IWorkbenchPage page) {
		this.page = page;
	}

	/** Creates the example project (if needed) and opens its first plan. */
	void openExamples() {
		try {
			IProject project = ExampleProject.ensure(null);
			IFile first = project.getFile(ExampleProject.FIRST_PLAN);
			if (first.exists()) {
				PlanOpening.open(page, first);
			}
		} catch (CoreException e) {
			ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "Plans", "Cannot create the example project", e.getStatus());
		}
	}

	/** Runs the editor's Validate command and shows the Problems view. */
	void validate() {
		IHandlerService handlers = page.getWorkbenchWindow().getService(IHandlerService.class);
		try {
			handlers.executeCommand(VALIDATE, null);
			page.showView(IPageLayout.ID_PROBLEM_VIEW);
		} catch (CommandException | PartInitException e) {
			MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), "Validate",
					"Open a plan first (Open the example plans), then Validate again.\n\n" + e.getMessage());
		}
	}

	/** Shows the plans editor's preview view, which follows the active plan. */
	void preview() {
		Optional<IViewDescriptor> view = Arrays.stream(PlatformUI.getWorkbench().getViewRegistry().getViews())
				.filter(v -> v.getId().startsWith("org.plans.dsl.eclipse.editor"))
				.filter(v -> v.getLabel().toLowerCase(Locale.ROOT).contains("preview")).findFirst();
		try {
			if (view.isPresent()) {
				page.showView(view.get().getId());
			} else {
				MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), "Preview", "This workbench has no plan preview view.");
			}
		} catch (PartInitException e) {
			ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "Preview", "Cannot show the preview", e.getStatus());
		}
	}
}
