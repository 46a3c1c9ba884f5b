package org.plans.dsl.facts;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Board;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.Source;

/** Declarations that share a name with another of the same kind; see {@link PlanFacts#duplicates()}. */
final class Duplicates {

	private static final List<Class<?>> DECLARATION_KINDS = List.of(Party.class, Measure.class, Source.class,
			Board.class, Priority.class, Objective.class, Action.class);

	private Duplicates() {
	}

	static List<List<EObject>> in(List<EObject> all) {
		Map<EClass, Optional<String>> kinds = new IdentityHashMap<>();
		Map<String, List<EObject>> byName = new LinkedHashMap<>();
		for (EObject obj : all) {
			Optional<String> kind = kinds.computeIfAbsent(obj.eClass(), Duplicates::declarationKind);
			String name = kind.isEmpty() ? null : SimpleAttributeResolver.NAME_RESOLVER.apply(obj);
			if (name != null) {
				byName.computeIfAbsent(kind.get() + " " + name, k -> new ArrayList<>()).add(obj);
			}
		}
		return byName.values().stream().filter(list -> list.size() > 1).toList();
	}

	/** Whether objects of the class are declarations whose names must be unique. */
	static boolean isDeclaration(EClass eClass) {
		return declarationKind(eClass).isPresent();
	}

	private static Optional<String> declarationKind(EClass eClass) {
		Class<?> type = eClass.getInstanceClass();
		return DECLARATION_KINDS.stream().filter(kind -> type != null && kind.isAssignableFrom(type)).findFirst()
				.map(Class::getSimpleName);
	}
}
