package org.plans.dsl.consumer;

import java.nio.file.Path;
import java.util.List;

import org.plans.dsl.PlansStandaloneSetup;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;

/** What a tool built on the language from the update site looks like: the titles of some plans. */
public final class PlanTitles {

	private final PlanLoader loader = new PlansStandaloneSetup().createInjectorAndDoEMFRegistration()
			.getInstance(PlanLoader.class);

	/** The title of each plan in the given files and directories; empty when they have errors. */
	public List<String> of(List<Path> filesOrDirectories) {
		PlanLoader.Loaded loaded = loader.load(filesOrDirectories);
		if (loaded.hasErrors()) {
			return List.of();
		}
		return PlanFacts.of(loaded.resourceSet()).stream().map(PlanFacts::title).toList();
	}
}
