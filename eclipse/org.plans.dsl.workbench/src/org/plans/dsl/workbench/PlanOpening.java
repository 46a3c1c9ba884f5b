package org.plans.dsl.workbench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;

/** Opens a plan in the editor: a file of the workspace, or any file on disk. */
final class PlanOpening {

	private PlanOpening() {
	}

	/**
	 * Opens what {@code -Dplans.open} names: an absolute path, or a path inside the example project
	 * (which is created first). Returns the path of the file opened.
	 */
	static String openNamed(IWorkbenchPage page, String name) throws CoreException {
		Path path = Path.of(name);
		if (path.isAbsolute()) {
			if (!Files.isRegularFile(path)) {
				throw new CoreException(ExampleProject.problem("No plan at " + path, null));
			}
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(path));
			if (file != null && file.exists()) {
				open(page, file);
			} else {
				IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(path.toUri()));
			}
			return path.toString();
		}
		IFile file = ExampleProject.ensure(null).getFile(name);
		if (!file.exists()) {
			throw new CoreException(ExampleProject.problem("No plan " + name + " in the project " + ExampleProject.NAME, null));
		}
		open(page, file);
		return file.getLocation().toOSString();
	}

	/** Opens the file in its editor and shows it in the Project Explorer. */
	static void open(IWorkbenchPage page, IFile file) throws PartInitException {
		IViewPart explorer = page.findView(IPageLayout.ID_PROJECT_EXPLORER);
		if (explorer instanceof ISetSelectionTarget target) {
			target.selectReveal(new StructuredSelection(file));
		}
		IDE.openEditor(page, file, true);
	}
}
