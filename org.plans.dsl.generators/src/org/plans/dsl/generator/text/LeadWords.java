package org.plans.dsl.generator.text;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Person;
import org.plans.dsl.plans.Role;

/** Who leads, with what the plan says of the post: vacant, interim, or {@code lead none}. */
public final class LeadWords {

	private LeadWords() {
	}

	/** "none stated (words)" when the action, or the objective or priority it inherits from, says {@code lead none}. */
	public static Optional<String> noLead(ActionFacts action) {
		return action.noLead().map(none -> "none stated" + (none.getText() == null ? "" : " (" + none.getText() + ")"));
	}

	/** A lead with the state of the post: "Principal Social Worker (vacant)", "Alex Brown (interim until 2025-06-01)". */
	public static String post(Party party) {
		if (party instanceof Role role && role.isVacant()) {
			return Words.party(party) + " (vacant)";
		}
		if (party instanceof Person person && person.isInterim()) {
			return Words.party(party) + " (interim" + (person.getUntil() == null ? "" : " until " + person.getUntil()) + ")";
		}
		return Words.party(party);
	}

	static String posts(List<? extends Party> parties) {
		return parties.stream().map(LeadWords::post).collect(Collectors.joining(", "));
	}
}
