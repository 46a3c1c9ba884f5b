package org.plans.dsl.generator;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The generator targets on the class path, by name. */
public final class PlanTargets {

	private PlanTargets() {
	}

	public static List<PlanTarget> all() {
		return ServiceLoader.load(PlanTarget.class, PlanTargets.class.getClassLoader()).stream()
				.map(ServiceLoader.Provider::get).sorted(Comparator.comparing(PlanTarget::name)).toList();
	}

	public static Optional<PlanTarget> byName(String name) {
		return all().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
	}
}
