package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.generator.PlanTarget;
import org.plans.dsl.generator.PlanTargets;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.support.GeneratedFiles;
import org.plans.dsl.tests.support.TestFiles;

/** Runs a generator target on plan files, as {@code plans generate} does, and reads what it wrote. */
public final class Generated {

	/** The example plans every target's golden files are kept for: add a plan here to cover it. */
	public static final List<String> EXAMPLES = List.of("examples/constructs/all-constructs.plan",
			"org.plans.dsl.tests/resources/hostile/hostile.plan");

	public static final String HOSTILE = "org.plans.dsl.tests/resources/hostile/hostile.plan";

	private Generated() {
	}

	/** Loads {@code planFile} (relative to the project root); it must have no errors. */
	public static GenerationContext context(PlanLoader loader, String planFile, Map<String, String> options) {
		PlanLoader.Loaded loaded = loader.load(List.of(TestFiles.root().resolve(planFile)));
		assertEquals(List.of(), TestFiles.errors(loaded), planFile);
		return new GenerationContext(PlanFacts.of(loaded.resourceSet()), Optional.empty(), options);
	}

	public static PlanTarget target(String name) {
		return PlanTargets.byName(name).orElseThrow(() -> new AssertionError("no target " + name));
	}

	/** Generates into {@code directory} and returns every file written, by path relative to it, in order. */
	public static Map<String, String> run(PlanTarget target, GenerationContext context, Path directory) {
		try {
			target.generate(context, OutputFiles.directory(directory));
			return read(directory);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Runs a target that writes one file for {@code planFile} into {@code out} and returns its bytes. */
	public static byte[] oneFile(PlanLoader loader, String targetName, String planFile, Path out) {
		Map<String, String> files = run(target(targetName), context(loader, planFile, Map.of()), out);
		assertEquals(1, files.size(), files::toString);
		try {
			return Files.readAllBytes(out.resolve(files.keySet().iterator().next()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every file below {@code directory} by its relative path with "/" separators; a binary file (docx) as "base64:…". */
	public static Map<String, String> read(Path directory) throws IOException {
		Map<String, String> files = new TreeMap<>();
		if (!Files.isDirectory(directory)) {
			return files;
		}
		try (Stream<Path> walk = Files.walk(directory)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(directory.relativize(file).toString().replace('\\', '/'),
						GeneratedFiles.text(Files.readAllBytes(file)));
			}
		}
		return files;
	}
}
