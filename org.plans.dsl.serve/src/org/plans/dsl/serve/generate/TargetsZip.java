package org.plans.dsl.serve.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.plans.dsl.facts.PlanFactsCache;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.PlanTarget;
import org.plans.dsl.generator.PlanTargets;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.serve.folder.PathRefused;
import org.plans.dsl.serve.folder.PlanFolder;

import com.google.inject.Injector;

/**
 * {@code POST /api/generate}: the chosen targets generated from the plans on disk, as
 * {@code plans generate} does (loaded and validated; nothing generated while there are errors),
 * into one zip with a folder per target.
 */
public final class TargetsZip {

	/** Every entry's time, so that the same plans give the same bytes. */
	private static final FileTime EPOCH = FileTime.fromMillis(0);

	private final PlanFolder folder;
	private final Injector language;

	public TargetsZip(PlanFolder folder, Injector language) {
		this.folder = folder;
		this.language = language;
	}

	/** Why a generation was not done, in words for the page. */
	public static final class NotGenerated extends Exception {
		private static final long serialVersionUID = 1L;

		NotGenerated(String message) {
			super(message);
		}
	}

	/** The installed targets' names. */
	public static List<String> installed() {
		return PlanTargets.all().stream().map(PlanTarget::name).toList();
	}

	public byte[] generate(List<String> names) throws NotGenerated, IOException {
		List<PlanTarget> targets = new ArrayList<>();
		for (String name : names) {
			PlanTarget target = PlanTargets.byName(name.trim().toLowerCase(Locale.ROOT))
					.orElseThrow(() -> new NotGenerated("There is no target '" + name + "'. Installed: "
							+ String.join(", ", installed()) + "."));
			if (!targets.contains(target)) {
				targets.add(target);
			}
		}
		if (targets.isEmpty()) {
			throw new NotGenerated("Choose at least one target.");
		}
		List<Path> files = new ArrayList<>();
		for (String path : folder.list()) {
			if (path.endsWith(PlanLoader.EXTENSION)) {
				try {
					files.add(folder.resolve(path));
				} catch (PathRefused refused) {
					// listed a moment ago, gone or moved out since: not generated from
				}
			}
		}
		if (files.isEmpty()) {
			throw new NotGenerated("The folder has no plan files.");
		}
		PlanLoader.Loaded loaded;
		synchronized (language) { // the language's validation options are shared
			loaded = language.getInstance(PlanLoader.class).load(files);
		}
		List<Issue> errors = loaded.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			Issue first = errors.get(0);
			throw new NotGenerated("Nothing generated: the plans have " + errors.size() + " error(s). The first, in "
					+ fileName(first) + " line " + first.getLineNumber() + ": " + first.getMessage());
		}
		GenerationContext context = new GenerationContext(language.getInstance(PlanFactsCache.class).all(loaded.resourceSet()),
				Optional.empty(), Map.of());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			Set<String> written = new HashSet<>();
			for (PlanTarget target : targets) {
				target.generate(context, (relativePath, content) -> {
					String entry = target.name() + "/" + relativePath.replace('\\', '/');
					if (relativePath.startsWith("/") || entry.contains("/../") || !written.add(entry.toLowerCase(Locale.ROOT))) {
						throw new IOException("Refusing the generated file name " + relativePath);
					}
					ZipEntry zipEntry = new ZipEntry(entry);
					zipEntry.setLastModifiedTime(EPOCH);
					zip.putNextEntry(zipEntry);
					zip.write(content);
					zip.closeEntry();
				});
			}
		}
		return bytes.toByteArray();
	}

	private static String fileName(Issue issue) {
		return issue.getUriToProblem() == null ? "a plan" : issue.getUriToProblem().trimFragment().lastSegment();
	}
}
