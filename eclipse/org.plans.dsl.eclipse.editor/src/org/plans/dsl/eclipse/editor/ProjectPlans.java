package org.plans.dsl.eclipse.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/** The {@code .plan} files of a project, as the command line finds them in a folder. */
public final class ProjectPlans {

	private ProjectPlans() {
	}

	/** Every {@code .plan} file of the project, sorted by path; derived and hidden folders left out. */
	public static List<IFile> files(IProject project) {
		List<IFile> files = new ArrayList<>();
		if (project == null || !project.isAccessible()) {
			return files;
		}
		try {
			project.accept(resource -> {
				if (resource.isDerived() || resource.getName().startsWith(".") && resource.getType() != IResource.PROJECT) {
					return false;
				}
				if (resource instanceof IFile file && isPlan(file)) {
					files.add(file);
				}
				return true;
			});
		} catch (CoreException e) {
			return files;
		}
		files.sort(Comparator.comparing(f -> f.getFullPath().toString()));
		return files;
	}

	public static boolean isPlan(IResource resource) {
		return resource instanceof IFile && "plan".equals(resource.getFileExtension());
	}
}
