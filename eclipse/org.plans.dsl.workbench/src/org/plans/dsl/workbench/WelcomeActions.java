package org.plans.dsl.workbench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.IViewDescriptor;

/**
 * What the Welcome view's links do: open the example plans, validate them, preview one. Each
 * returns what went wrong, in words for the user, or nothing.
 */
final class WelcomeActions {

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

	/** The plans editor's view whose name says preview, if the editor has one. */
	static Optional<IViewDescriptor> previewView() {
		return Arrays.stream(PlatformUI.getWorkbench().getViewRegistry().getViews())
				.filter(v -> v.getId().startsWith("org.plans.dsl.eclipse.editor"))
				.filter(v -> v.getLabel().toLowerCase(Locale.ROOT).contains("preview")).findFirst();
	}
}
