package org.plans.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.PlanTargets;

/** Runs a generator target in memory: relative path → text of every file it writes. */
final class GeneratedFiles {

	private GeneratedFiles() {
	}

	static SortedMap<String, String> of(String target, List<PlanFacts> plans, Map<String, String> options) {
		SortedMap<String, String> files = new TreeMap<>();
		try {
			PlanTargets.byName(target).orElseThrow(() -> new AssertionError("no target " + target))
					.generate(new GenerationContext(plans, Optional.empty(), options), (path, content) -> {
						if (files.put(path, new String(content, StandardCharsets.UTF_8)) != null) {
							throw new AssertionError("written twice: " + path);
						}
					});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}
}
