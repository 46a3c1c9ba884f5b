package org.plans.dsl.tracker.model;

import org.plans.dsl.plans.ContactKind;
import org.plans.dsl.plans.Status;

/**
 * An item as Redmine holds it, shared by the Redmine target and {@code plans sync redmine}:
 * the tracker it is filed under, its description with the key marker, its assignee's login
 * and its status.
 */
public final class RedmineFields {

	/** The tracker every item is filed under: one of Redmine's default trackers. */
	public static final String TRACKER = "Feature";

	private RedmineFields() {
	}

	/** The description with the key marker on its last line. */
	public static String description(TrackerItem item) {
		return item.description() + "\n" + TrackerKeys.marker(item.key());
	}

	/** The first lead's Redmine login, or empty. */
	public static String assignee(TrackerPlan plan, TrackerItem item) {
		return TrackerMapping.handles(plan.facts(), item, ContactKind.REDMINE).stream().findFirst().orElse("");
	}

	/** A status of Redmine's default data for the item's status. */
	public static String status(TrackerItem item) {
		Status status = item.status().orElse(null);
		if (status == null) {
			return item.closed() ? "Closed" : "New";
		}
		return switch (status) {
		case IN_PROGRESS -> "In Progress";
		case ON_HOLD -> "Feedback";
		case COMPLETE -> "Closed";
		case CANCELLED -> "Rejected";
		default -> "New";
		};
	}
}
