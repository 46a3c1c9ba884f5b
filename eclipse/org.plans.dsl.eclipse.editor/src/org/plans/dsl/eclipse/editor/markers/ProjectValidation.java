package org.plans.dsl.eclipse.editor.markers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.Issue;
import org.plans.dsl.eclipse.editor.PlanDocuments;
import org.plans.dsl.eclipse.editor.PlansLanguage;
import org.plans.dsl.eclipse.editor.ProjectPlans;
import org.plans.dsl.loading.PlanLoader;

/**
 * Validates every {@code .plan} file of a project together, exactly as {@code plans validate}
 * validates a folder ({@link PlanLoader}: names declared in another file and plans named by
 * {@code uses} resolve), and writes the findings as markers on each file.
 */
public final class ProjectValidation extends WorkspaceJob {

	/** The family of the validation jobs, to wait for them ({@code Job.getJobManager().join}). */
	public static final Object FAMILY = ProjectValidation.class;
	private static final Map<IProject, ProjectValidation> JOBS = new HashMap<>();

	private final IProject project;

	private ProjectValidation(IProject project) {
		super("Validating plans in " + project.getName());
		this.project = project;
		setRule(project);
		setUser(false);
	}

	/** Validates the project soon: edits in quick succession give one run. */
	public static synchronized void schedule(IProject project) {
		ProjectValidation job = JOBS.computeIfAbsent(project, ProjectValidation::new);
		job.cancel();
		job.schedule(300);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		if (!project.isAccessible()) {
			return Status.OK_STATUS;
		}
		List<IFile> files = ProjectPlans.files(project);
		Map<URI, IFile> byUri = new HashMap<>();
		List<Path> paths = new ArrayList<>();
		for (IFile file : files) {
			if (file.getLocation() != null) {
				byUri.put(PlanDocuments.uriOf(file), file);
				paths.add(file.getLocation().toPath());
			}
		}
		Map<IFile, List<Issue>> issues = new HashMap<>();
		files.forEach(file -> issues.put(file, new ArrayList<>()));
		if (!paths.isEmpty()) {
			for (Issue issue : PlansLanguage.get(PlanLoader.class).load(paths).issues()) {
				IFile file = byUri.get(issue.getUriToProblem() == null ? null : issue.getUriToProblem().trimFragment());
				if (file != null) {
					issues.get(file).add(issue);
				}
			}
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		for (Map.Entry<IFile, List<Issue>> entry : issues.entrySet()) {
			PlanMarkers.write(entry.getKey(), entry.getValue());
		}
		return Status.OK_STATUS;
	}

	/** Validates every open project that has plan files. */
	public static void scheduleAll() {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.isAccessible() && !ProjectPlans.files(project).isEmpty()) {
				schedule(project);
			}
		}
	}

	/** Waits until no validation is pending or running (for tests and commands). */
	public static void joinAll() throws InterruptedException {
		Job.getJobManager().join(FAMILY, null);
	}

	static boolean isPlanDelta(IResource resource) {
		return ProjectPlans.isPlan(resource) || resource.getName().equals("plans.properties");
	}
}
