package org.plans.dsl.tests.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/**
 * Every {@code .plan} file under {@code examples/} loads, links and validates with no error.
 * All examples are loaded together, as {@code plans validate examples} does, so a plan split over
 * several files and plans that {@code uses} another are checked as they are meant to be read.
 * A new example is covered as soon as it is added.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class ExamplesLoadTest {

	private static PlanLoader.Loaded loaded;

	@Inject
	private PlanLoader loader;

	static List<Path> exampleFiles() {
		return PlanLoader.planFiles(List.of(TestFiles.examples()));
	}

	private PlanLoader.Loaded all() {
		if (loaded == null) {
			loaded = loader.load(List.of(TestFiles.examples()));
		}
		return loaded;
	}

	@Test
	void thereAreExamples() {
		assertFalse(exampleFiles().isEmpty());
	}

	/** Examples are loaded together, so two examples must not share a plan id by accident. */
	@Test
	void eachPlanIdBelongsToOneFolder() {
		for (PlanFacts plan : PlanFacts.of(all().resourceSet())) {
			List<String> folders = plan.files().stream()
					.map(f -> f.eResource().getURI().trimSegments(1).toString()).distinct().toList();
			assertEquals(1, folders.size(), plan.id() + " is declared in " + folders);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("exampleFiles")
	void loadsWithoutErrors(Path file) {
		assertEquals(List.of(), TestFiles.errorsIn(all(), file));
	}
}
