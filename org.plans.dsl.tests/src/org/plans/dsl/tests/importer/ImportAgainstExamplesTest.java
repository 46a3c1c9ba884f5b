package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.importer.Importer;
import org.plans.dsl.importer.detect.Mapping;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.TextKind;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Importing a published seed keeps every action, lead and deadline of the plan written by
 * hand from the same seed: each hand-written action is found in the import (by reference,
 * or by its words), with the same deadline and the same leads.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class ImportAgainstExamplesTest {

	@Inject
	private Injector injector;

	@Inject
	private PlanLoader loader;

	@ParameterizedTest
	@CsvSource({ "cambridgeshire-ilacs-2019, cambridgeshire-ilacs-2019", "cambridgeshire-ofsted-2024, cambridgeshire-ofsted-2024.plan",
			"hillingdon-csc-2015, hillingdon-csc-2015.plan" })
	void keepsEveryActionLeadAndDeadline(String seed, String example) throws IOException {
		Importer.Result result = Importer.of(injector).importFile(Seeds.path(seed + ".txt"), Mapping.none());
		PlanFacts imported = PlanFacts.of(loader.loadTexts(Map.of(seed + ".plan", result.text())).resourceSet()).get(0);
		Path examplePath = Path.of(System.getProperty("plans.root", "..")).resolve("examples").resolve(example);
		List<PlanFacts> written = PlanFacts.of(loader.load(List.of(examplePath)).resourceSet());
		List<String> missing = new ArrayList<>();
		for (ActionFacts action : written.get(written.size() - 1).actions()) {
			Optional<ActionFacts> match = find(imported, action);
			if (match.isEmpty()) {
				missing.add("action not found: " + label(action));
				continue;
			}
			if (action.deadline().isPresent() && !action.deadline().equals(match.get().deadline())) {
				missing.add("deadline of " + label(action) + ": " + action.due().describe() + " but imported "
						+ match.get().due().describe());
			}
			for (var lead : action.leads()) {
				String name = words(lead.getTitle());
				boolean found = match.get().leads().stream().anyMatch(l -> words(l.getTitle()).contains(name)
						|| name.contains(words(l.getTitle())));
				if (!found) {
					missing.add("lead " + lead.getTitle() + " of " + label(action));
				}
			}
		}
		assertEquals(List.of(), missing);
	}

	private static Optional<ActionFacts> find(PlanFacts imported, ActionFacts action) {
		if (!action.ref().isEmpty()) {
			Optional<ActionFacts> byRef = imported.actions().stream().filter(a -> a.ref().equals(action.ref())).findFirst();
			if (byRef.isPresent()) {
				return byRef;
			}
		}
		String title = words(action.title());
		List<ActionFacts> candidates = imported.actions().stream().filter(a -> text(a).contains(title)).toList();
		return candidates.stream().filter(a -> samePriority(a, action)).findFirst().or(() -> candidates.stream().findFirst());
	}

	private static boolean samePriority(ActionFacts a, ActionFacts b) {
		return a.priority() != null && b.priority() != null && a.priority().getName().equals(b.priority().getName());
	}

	private static String text(ActionFacts action) {
		return words(action.title() + " " + String.join(" ", action.texts(TextKind.DESCRIPTION)));
	}

	private static String label(ActionFacts action) {
		return action.ref().isEmpty() ? "'" + action.title() + "'" : action.ref();
	}

	private static String words(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
	}
}
