package org.plans.dsl.eclipse.editor.generate;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

/** What Generate… was last asked for in a project: targets and output folder (in the project's .settings). */
public record GenerateSettings(List<String> targets, String folder) {

	private static final String NODE = "org.plans.dsl.eclipse.editor";
	private static final String TARGETS = "generate.targets";
	private static final String FOLDER = "generate.folder";
	public static final GenerateSettings DEFAULT = new GenerateSettings(List.of("report"), "generated");

	public static GenerateSettings of(IProject project) {
		IEclipsePreferences node = new ProjectScope(project).getNode(NODE);
		String targets = node.get(TARGETS, String.join(",", DEFAULT.targets()));
		return new GenerateSettings(Arrays.stream(targets.split(",")).filter(t -> !t.isBlank()).toList(),
				node.get(FOLDER, DEFAULT.folder()));
	}

	public void save(IProject project) throws BackingStoreException {
		IEclipsePreferences node = new ProjectScope(project).getNode(NODE);
		node.put(TARGETS, String.join(",", targets));
		node.put(FOLDER, folder);
		node.flush();
	}
}
