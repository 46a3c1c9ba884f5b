package org.plans.dsl.eclipse.editor.generate;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.service.prefs.BackingStoreException;

/** Plans > Generate…: the chosen targets of the active plan's project into its output folder. */
public class GenerateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		IResource resource = editor == null ? null : editor.getEditorInput().getAdapter(IResource.class);
		if (resource == null) {
			return null;
		}
		IProject project = resource.getProject();
		Shell shell = HandlerUtil.getActiveShell(event);
		GenerateDialog dialog = new GenerateDialog(shell, project.getName(), GenerateSettings.of(project));
		if (dialog.open() != Window.OK) {
			return null;
		}
		try {
			dialog.settings().save(project);
			ProjectGeneration.Outcome outcome = ProjectGeneration.run(project, dialog.settings());
			String text = String.join("\n", outcome.lines());
			if (outcome.written()) {
				MessageDialog.openInformation(shell, "Generated", text);
			} else {
				MessageDialog.openWarning(shell, "Not generated", text);
			}
		} catch (IOException | CoreException | BackingStoreException e) {
			throw new ExecutionException("Generate failed: " + e.getMessage(), e);
		}
		return null;
	}
}
