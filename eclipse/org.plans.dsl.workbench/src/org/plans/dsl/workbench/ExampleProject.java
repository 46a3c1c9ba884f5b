package org.plans.dsl.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The project {@value #NAME} with the project's example plans (the repository's examples/, copied
 * into this bundle by the build). Files already in the project are left as the user edited them.
 */
final class ExampleProject {

	static final String NAME = "plans-examples";

	/** The plan the Welcome view opens first: one file, so it shows without other files. */
	static final String FIRST_PLAN = "cambridgeshire-ofsted-2024.plan";

	private static final String FOLDER = "examples";

	private ExampleProject() {
	}

	/** Creates and opens the project, adding the example plans it does not have yet. */
	static IProject ensure(IProgressMonitor monitor) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(NAME);
		if (!project.exists()) {
			project.create(monitor);
		}
		if (!project.isOpen()) {
			project.open(monitor);
		}
		Bundle bundle = FrameworkUtil.getBundle(ExampleProject.class);
		Enumeration<URL> plans = bundle.findEntries(FOLDER, "*.plan", true);
		while (plans != null && plans.hasMoreElements()) {
			URL plan = plans.nextElement();
			IFile file = project.getFile(plan.getPath().substring(FOLDER.length() + 2));
			if (!file.exists()) {
				createFolders(file.getParent(), monitor);
				try (InputStream content = plan.openStream()) {
					file.create(content, true, monitor);
				} catch (IOException e) {
					throw new CoreException(Status.error("Cannot read the example " + plan.getPath(), e));
				}
			}
		}
		return project;
	}

	private static void createFolders(IContainer container, IProgressMonitor monitor) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createFolders(folder.getParent(), monitor);
			folder.create(true, true, monitor);
		}
	}

	static IStatus problem(String message, Throwable cause) {
		return new Status(IStatus.ERROR, FrameworkUtil.getBundle(ExampleProject.class).getSymbolicName(), message, cause);
	}
}
