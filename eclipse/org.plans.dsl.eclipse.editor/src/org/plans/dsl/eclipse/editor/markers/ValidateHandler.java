package org.plans.dsl.eclipse.editor.markers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Validate Plans: validates the project of the active editor (or of the selected resource) now. */
public class ValidateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IProject project = project(event);
		if (project != null) {
			ProjectValidation.schedule(project);
		} else {
			ProjectValidation.scheduleAll();
		}
		return null;
	}

	private static IProject project(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		IResource resource = editor == null ? null : editor.getEditorInput().getAdapter(IResource.class);
		if (resource == null && HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof IAdaptable adaptable) {
			resource = adaptable.getAdapter(IResource.class);
		}
		return resource == null ? null : resource.getProject();
	}
}
