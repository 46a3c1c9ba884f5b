package org.plans.dsl.tests.support;

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
import org.plans.dsl.generator.PlanTarget;
import org.plans.dsl.generator.PlanTargets;

/** Runs a generator target in memory: relative path → text of every file it writes. */
public final class GeneratedFiles {

	private GeneratedFiles() {
	}

	public static SortedMap<String, String> of(String target, List<PlanFacts> plans, Map<String, String> options) {
		return of(PlanTargets.byName(target).orElseThrow(() -> new AssertionError("no target " + target)),
				new GenerationContext(plans, Optional.empty(), options));
	}

	public static SortedMap<String, String> of(PlanTarget target, GenerationContext context) {
		SortedMap<String, String> files = new TreeMap<>();
		try {
			target.generate(context, (path, content) -> {
				if (files.put(path, new String(content, StandardCharsets.UTF_8)) != null) {
					throw new AssertionError(target.name() + " writes twice: " + path);
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}
}
