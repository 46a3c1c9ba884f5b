package org.plans.dsl.eclipse.editor.markers;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * Keeps the markers of every plan file current: a change to any {@code .plan} file (or
 * {@code plans.properties}) of a project, saved from an editor or made outside, validates the
 * whole project again, so a finding caused by another file (a person removed from people.plan)
 * shows on the file it is in, open or not.
 */
public final class PlanFilesListener implements IResourceChangeListener {

	private static PlanFilesListener installed;

	/** Starts listening (once) and validates the projects that have plans now. */
	public static synchronized void install() {
		if (installed == null) {
			installed = new PlanFilesListener();
			ResourcesPlugin.getWorkspace().addResourceChangeListener(installed, IResourceChangeEvent.POST_CHANGE);
			ProjectValidation.scheduleAll();
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		Set<IProject> projects = new HashSet<>();
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource() instanceof IProject project && (delta.getFlags() & IResourceDelta.OPEN) != 0) {
					projects.add(project);
				}
				if (ProjectValidation.isPlanDelta(delta.getResource()) && changesText(delta)) {
					projects.add(delta.getResource().getProject());
				}
				return true;
			});
		} catch (CoreException e) {
			return;
		}
		projects.forEach(ProjectValidation::schedule);
	}

	private static boolean changesText(IResourceDelta delta) {
		return switch (delta.getKind()) {
		case IResourceDelta.ADDED, IResourceDelta.REMOVED -> true;
		case IResourceDelta.CHANGED -> (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED
				| IResourceDelta.MOVED_FROM | IResourceDelta.MOVED_TO)) != 0;
		default -> false;
		};
	}
}
