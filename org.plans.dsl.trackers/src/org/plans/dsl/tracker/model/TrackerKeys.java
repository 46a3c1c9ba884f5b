package org.plans.dsl.tracker.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.naming.FileNames;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.Priority;

/**
 * Stable item keys and the hidden {@code <!-- plans:key=... -->} marker that carries a key in a
 * tracker description. An action's key is {@code <plan>/<ref>}; without a ref, {@code <plan>/id/<id>}
 * from its {@code id}; without either, its title's words below its priority
 * ({@code demo/priority-1/action-publish-the-plan}), so that inserting or moving another
 * unnumbered action never gives its key (and its tracker issue) to a different action. Objectives
 * without a ref are keyed by title the same way ({@link FileNames#words}). {@link #byPosition} is the key older versions gave
 * by position, which the sync uses to move an issue to its new key.
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

	/** {@code demo/objective-2.1}, or {@code demo/priority-1/objective-<title words>} when it has no ref. */
	public static String objective(PlanFacts plan, Priority priority, Objective objective) {
		return objective.getName() != null ? plan.id() + "/objective-" + objective.getName()
				: priority(plan, priority) + "/objective-" + FileNames.words(objective.getTitle());
	}

	/**
	 * {@code demo/1.1}; without a ref {@code demo/id/recruit} (its {@code id}); without either
	 * {@code demo/priority-1/action-<title words>}.
	 */
	public static String action(PlanFacts plan, ActionFacts action) {
		if (!action.ref().isEmpty()) {
			return plan.id() + "/" + action.ref();
		}
		if (action.action().getId() != null) {
			return plan.id() + "/id/" + action.action().getId();
		}
		return under(plan, action) + "/action-" + FileNames.words(action.title());
	}

	/** The key older versions gave an action without a ref: its position among its priority's actions. */
	public static String byPosition(PlanFacts plan, ActionFacts action, int position) {
		return under(plan, action) + "/action-" + position;
	}

	/** The key older versions gave an objective without a ref: its position in its priority. */
	public static String byPosition(PlanFacts plan, Priority priority, int position) {
		return priority(plan, priority) + "/objective-" + position;
	}

	private static String under(PlanFacts plan, ActionFacts action) {
		return action.priority() == null ? plan.id() : priority(plan, action.priority());
	}
}
