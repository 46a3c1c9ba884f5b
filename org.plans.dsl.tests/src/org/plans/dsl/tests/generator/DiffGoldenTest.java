package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.diff.DiffFormat;
import org.plans.dsl.generator.diff.PlanComparison;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/**
 * Golden diffs between board versions of the seed examples, each later version made by editing
 * the example as an officer would between two boards ({@link BoardRevisions}): a slipped
 * deadline, a RAG change, a removed action (the ones after it renumbered), a new measure
 * position, and a deadline that slips again at the next board. Compared with
 * {@code resources/golden/diff/}; {@code -Dgolden.update=true} rewrites them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class DiffGoldenTest {

	private static final boolean UPDATE = Boolean.getBoolean("golden.update");

	@Inject
	private PlanLoader loader;

	static Stream<Arguments> cases() {
		return Stream.of(Arguments.of("cambs-2024-october", DiffFormat.TEXT, List.of(0, 1)),
				Arguments.of("cambs-2024-october", DiffFormat.MARKDOWN, List.of(0, 1)),
				Arguments.of("cambs-2025-january", DiffFormat.TEXT, List.of(0, 1, 2)),
				Arguments.of("cambs-2025-january", DiffFormat.JSON, List.of(0, 1, 2)),
				Arguments.of("hillingdon-2015-october", DiffFormat.TEXT, List.of(3, 4)));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("cases")
	void matchesGoldenDiff(String name, DiffFormat format, List<Integer> versions) throws IOException {
		List<List<PlanFacts>> loaded = versions.stream().map(i -> load(BoardRevisions.VERSIONS.get(i))).toList();
		List<PlanFacts> old = loaded.get(loaded.size() - 2);
		List<PlanFacts> now = loaded.get(loaded.size() - 1);
		String actual = format.write(PlanComparison.of(old, now, loaded.subList(0, loaded.size() - 1)));
		Path golden = TestFiles.root().resolve("org.plans.dsl.tests/resources/golden/diff")
				.resolve(name + "." + format.name().toLowerCase(Locale.ROOT).replace("markdown", "md")
						.replace("text", "txt"));
		if (UPDATE) {
			Files.createDirectories(golden.getParent());
			Files.writeString(golden, actual);
		}
		assertTrue(Files.exists(golden), golden + " missing (write it with -Dgolden.update=true)");
		assertEquals(Files.readString(golden), actual,
				name + " differs from " + golden + " (regenerate with -Dgolden.update=true if the change is intended)");
	}

	private List<PlanFacts> load(BoardRevisions.Version version) {
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of(version.file(), version.text()));
		assertEquals(List.of(), TestFiles.errors(loaded), version.file());
		return PlanFacts.of(loaded.resourceSet());
	}
}
