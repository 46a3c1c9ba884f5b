package org.plans.dsl.eclipse.editor.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.plans.dsl.eclipse.editor.PlansLanguage;
import org.plans.dsl.eclipse.editor.ProjectPlans;
import org.plans.dsl.facts.PlanFactsCache;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.generator.OutputNameClashes;
import org.plans.dsl.generator.PlanTarget;
import org.plans.dsl.loading.PlanLoader;

/**
 * Generate… for a project, as {@code plans generate --target T --out FOLDER} on the project's
 * folder: every plan file loaded and validated together, nothing written while there are errors.
 */
public final class ProjectGeneration {

	/** What a run did: the lines to show (one per target, then the targets' notes), or why it wrote nothing. */
	public record Outcome(boolean written, List<String> lines) {
	}

	private ProjectGeneration() {
	}

	public static Outcome run(IProject project, GenerateSettings settings) throws IOException, CoreException {
		List<Path> files = ProjectPlans.files(project).stream().filter(f -> f.getLocation() != null)
				.map(f -> f.getLocation().toPath()).toList();
		PlanLoader.Loaded loaded = PlansLanguage.get(PlanLoader.class).load(files);
		long errors = loaded.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR).count();
		if (errors > 0) {
			return new Outcome(false, List.of("Nothing generated: the plans have " + errors + " error"
					+ (errors == 1 ? "" : "s") + " (see the Problems view)."));
		}
		Path out = project.getLocation().toPath().resolve(settings.folder());
		Files.createDirectories(out);
		List<String> lines = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		GenerationContext context = new GenerationContext(
				PlansLanguage.get(PlanFactsCache.class).all(loaded.resourceSet()), Optional.empty(), Map.of(), notes::add);
		Optional<String> clash = OutputNameClashes.find(context.plans(), Set.copyOf(settings.targets()));
		if (clash.isPresent()) {
			return new Outcome(false, List.of("Nothing generated: " + clash.get() + "."));
		}
		for (PlanTarget target : EditorTargets.all()) {
			if (!settings.targets().contains(target.name())) {
				continue;
			}
			AtomicInteger written = new AtomicInteger();
			OutputFiles directory = OutputFiles.directory(out);
			target.generate(context, (path, content) -> {
				directory.write(path, content);
				written.incrementAndGet();
			});
			lines.add(target.name() + ": " + written.get() + " file" + (written.get() == 1 ? "" : "s") + " in "
					+ settings.folder());
		}
		lines.addAll(notes);
		project.getFolder(settings.folder()).refreshLocal(IResource.DEPTH_INFINITE, null);
		return new Outcome(true, lines);
	}

	/** A file of the output folder, for the tests. */
	public static IFile output(IProject project, GenerateSettings settings, String path) {
		return project.getFolder(settings.folder()).getFile(path);
	}
}
