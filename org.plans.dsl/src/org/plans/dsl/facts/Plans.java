package org.plans.dsl.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.plans.dsl.naming.PlansQualifiedNameProvider;
import org.plans.dsl.plans.Board;
import org.plans.dsl.plans.Contact;
import org.plans.dsl.plans.ContactKind;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Person;
import org.plans.dsl.plans.PlansPackage;
import org.plans.dsl.plans.Quantity;
import org.plans.dsl.plans.Role;
import org.plans.dsl.plans.Team;
import org.plans.dsl.plans.Unit;

/** Small helpers over the plan model. */
public final class Plans {

	private Plans() {
	}

	/**
	 * A copy of a resource set's resources without nulls: a language server's read requests
	 * load resources from several threads, and EMF's list can then hold a null for a moment.
	 */
	public static List<Resource> resources(ResourceSet resourceSet) {
		List<Resource> result = new ArrayList<>(resourceSet.getResources());
		result.removeIf(Objects::isNull);
		return result;
	}

	/** The nearest container of {@code obj} of the given type, or null. */
	public static <T> T ancestor(EObject obj, Class<T> type) {
		for (EObject current = obj == null ? null : obj.eContainer(); current != null; current = current.eContainer()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
		}
		return null;
	}

	/**
	 * Whether the feature was written in the plan text. Unlike {@code eIsSet}, this is true for
	 * an enum's first literal too ({@code red}, {@code %}, {@code higher}, {@code not-started}),
	 * which EMF cannot tell apart from "not given".
	 */
	public static boolean isWritten(EObject obj, String featureName) {
		EStructuralFeature feature = obj.eClass().getEStructuralFeature(featureName);
		if (feature == null) {
			return false;
		}
		if (obj.eIsSet(feature)) {
			return true;
		}
		return NodeModelUtils.getNode(obj) != null && !NodeModelUtils.findNodesForFeature(obj, feature).isEmpty();
	}

	/** {@code <plan id>::<name>}, the name other plans and outputs refer to a declaration by. */
	public static String qualifiedName(EObject declaration) {
		String name = SimpleAttributeResolver.NAME_RESOLVER.apply(declaration);
		String planId = PlansQualifiedNameProvider.planIdOf(declaration);
		return planId == null ? name : planId + "::" + name;
	}

	/** The short name when the declaration belongs to plan {@code planId}, else its qualified name. */
	public static String nameFrom(String planId, EObject declaration) {
		String name = SimpleAttributeResolver.NAME_RESOLVER.apply(declaration);
		String owner = PlansQualifiedNameProvider.planIdOf(declaration);
		return owner == null || owner.equals(planId) ? name : owner + "::" + name;
	}

	/** Whether an optional value was written; see {@link #isWritten(EObject, String)}. */
	public static boolean isWritten(EObject obj, EStructuralFeature feature) {
		return isWritten(obj, feature.getName());
	}

	/** The unit written after a number ({@code 80%}, {@code 20 days}), if any. */
	public static Optional<Unit> unitOf(Quantity quantity) {
		return quantity != null && isWritten(quantity, PlansPackage.Literals.QUANTITY__UNIT)
				? Optional.of(quantity.getUnit())
				: Optional.empty();
	}

	/** "person", "role", "team", "partner" or "board". */
	public static String kindOf(Party party) {
		if (party instanceof Person) {
			return "person";
		}
		if (party instanceof Role) {
			return "role";
		}
		if (party instanceof Team) {
			return "team";
		}
		return party instanceof Board ? "board" : "partner";
	}

	/** The first contact of a kind declared on a party ({@code github "apatel"}), if any. */
	public static Optional<String> contact(Party party, ContactKind kind) {
		if (party == null) {
			return Optional.empty();
		}
		return party.getContacts().stream().filter(c -> c.getKind() == kind).map(Contact::getValue)
				.filter(v -> v != null && !v.isBlank()).findFirst();
	}
}
