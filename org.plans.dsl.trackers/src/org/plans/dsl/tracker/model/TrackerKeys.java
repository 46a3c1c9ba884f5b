package org.plans.dsl.tracker.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.Priority;

/**
 * Stable item keys ({@code <plan>/<action ref>}, else the item's position) and the hidden
 * {@code <!-- plans:key=... -->} marker that carries a key in a tracker description.
 */
public final class TrackerKeys {

	private static final Pattern MARKER = Pattern.compile("<!-- plans:key=(\\S+) -->");

	private TrackerKeys() {
	}

	/** The hidden marker that carries an item's key in a description. */
	public static String marker(String key) {
		return "<!-- plans:key=" + key + " -->";
	}

	/** The key in a description's last marker, if it has one. */
	public static Optional<String> keyIn(String description) {
		if (description == null) {
			return Optional.empty();
		}
		Matcher m = MARKER.matcher(description);
		String key = null;
		while (m.find()) {
			key = m.group(1);
		}
		return Optional.ofNullable(key);
	}

	/** {@code demo/priority-1}. */
	public static String priority(PlanFacts plan, Priority priority) {
		return plan.id() + "/priority-" + priority.getName();
	}

	/** {@code demo/objective-2.1}, or {@code demo/priority-1/objective-1} by position when it has no ref. */
	public static String objective(PlanFacts plan, Priority priority, Objective objective, int position) {
		return objective.getName() != null ? plan.id() + "/objective-" + objective.getName()
				: priority(plan, priority) + "/objective-" + position;
	}

	/** {@code demo/1.1}, or {@code demo/priority-1/action-4} by position among its priority's actions. */
	public static String action(PlanFacts plan, ActionFacts action, int position) {
		if (!action.ref().isEmpty()) {
			return plan.id() + "/" + action.ref();
		}
		return action.priority() == null ? plan.id() + "/action-" + position
				: priority(plan, action.priority()) + "/action-" + position;
	}
}
