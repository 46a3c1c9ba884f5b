package org.plans.dsl.facts;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.plans.dsl.plans.Contact;
import org.plans.dsl.plans.ContactKind;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Person;
import org.plans.dsl.plans.Role;
import org.plans.dsl.plans.Team;

/** Small helpers over the plan model. */
public final class Plans {

	private Plans() {
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

	/** "person", "role", "team" or "partner". */
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
		return "partner";
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
