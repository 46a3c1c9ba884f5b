package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plans.dsl.generator.PlanTarget;
import org.plans.dsl.generator.PlanTargets;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/**
 * Every target on every example plan, compared file by file with the golden files in
 * {@code resources/golden/<target>/<plan>/}. Run with {@code -Dgolden.update=true} to rewrite them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class GoldenFilesTest {

	private static final boolean UPDATE = Boolean.getBoolean("golden.update");

	private static final Set<String> BINARY = Set.of("docx", "report-docx", "report-pdf");

	@Inject
	private PlanLoader loader;

	static Stream<Arguments> cases() {
		// Word and PDF are binary: DocxTargetTest, ReportDocxTest and ReportPdfTest read them back with POI and PDFBox
		return PlanTargets.all().stream().filter(target -> !BINARY.contains(target.name()))
				.flatMap(target -> Generated.EXAMPLES.stream().map(example -> Arguments.of(target.name(), example)));
	}

	@ParameterizedTest(name = "{0} on {1}")
	@MethodSource("cases")
	void matchesGoldenFiles(String targetName, String example, @TempDir Path out) throws IOException {
		PlanTarget target = Generated.target(targetName);
		Map<String, String> actual = Generated.run(target, Generated.context(loader, example, Map.of()), out);
		String plan = Path.of(example).getFileName().toString().replaceFirst("\\.plan$", "");
		Path golden = TestFiles.root().resolve("org.plans.dsl.tests/resources/golden").resolve(targetName).resolve(plan);
		if (UPDATE) {
			rewrite(golden, actual);
		}
		Map<String, String> expected = Generated.read(golden);
		assertEquals(expected.keySet(), actual.keySet(), "files written by " + targetName + " for " + example);
		for (Map.Entry<String, String> file : expected.entrySet()) {
			assertEquals(file.getValue(), actual.get(file.getKey()),
					targetName + " " + file.getKey() + " differs from " + golden.resolve(file.getKey())
							+ " (regenerate with -Dgolden.update=true if the change is intended)");
		}
	}

	private static void rewrite(Path golden, Map<String, String> files) throws IOException {
		if (Files.isDirectory(golden)) {
			try (Stream<Path> walk = Files.walk(golden)) {
				for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path target = golden.resolve(file.getKey());
			Files.createDirectories(target.getParent());
			Files.writeString(target, file.getValue());
		}
	}
}
