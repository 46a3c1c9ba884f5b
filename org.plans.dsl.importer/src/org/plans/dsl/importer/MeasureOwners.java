package org.plans.dsl.importer;

import java.util.List;

import org.plans.dsl.importer.detect.ColumnRole;

/**
 * Settles, once the whole document is read, whose target each measure table row's last target
 * is: the block or action its reference names ("Priority 2", "1.2"); else the block the table
 * stands in. A table that ends the document after the last block's actions is the plan's, its
 * targets milestones of the measure, unless an earlier table stood inside its block (the plan
 * puts its measures block by block).
 */
final class MeasureOwners {

	private MeasureOwners() {
	}

	/** @param read how much of the plan was read in all ({@link ImportedPlan#read()}) */
	static void settle(ImportedPlan plan, int read) {
		boolean blockByBlock = plan.measures.stream()
				.anyMatch(m -> !m.onAction && m.owner != null && m.reference.isEmpty() && m.readAfter < read);
		for (ImportedMeasure measure : plan.measures) {
			if (measure.onAction) {
				continue;
			}
			if (!measure.reference.isBlank() && referenced(plan, measure)) {
				continue;
			}
			if (measure.owner != null && measure.readAfter == read && !blockByBlock && holdsActions(measure.owner)) {
				move(measure, null);
			}
		}
	}

	/** Moves the measure to the block or action its reference names; false when it names none. */
	private static boolean referenced(ImportedPlan plan, ImportedMeasure measure) {
		String reference = measure.reference.strip();
		for (ImportedSection priority : plan.priorities) {
			if (SectionNames.names(priority, reference)) {
				move(measure, priority);
				return true;
			}
			for (Object item : priority.items) {
				if (item instanceof ImportedSection objective && SectionNames.names(objective, reference)) {
					move(measure, objective);
					return true;
				}
			}
		}
		ImportedAction action = action(plan.priorities.stream().map(p -> (Object) p).toList(), reference);
		if (action == null) {
			return false;
		}
		move(measure, null);
		measure.onAction = true;
		action.measures.add(measure);
		return true;
	}

	private static ImportedAction action(List<Object> items, String reference) {
		for (Object item : items) {
			if (item instanceof ImportedAction action
					&& action.get(ColumnRole.REF).strip().equalsIgnoreCase(reference)) {
				return action;
			}
			if (item instanceof ImportedSection section) {
				ImportedAction found = action(section.items, reference);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void move(ImportedMeasure measure, ImportedSection owner) {
		if (measure.owner != null) {
			measure.owner.measures.remove(measure);
		}
		measure.owner = owner;
		if (owner != null) {
			owner.measures.add(measure);
		}
	}

	private static boolean holdsActions(ImportedSection section) {
		return section.items.stream().anyMatch(i -> i instanceof ImportedAction
				|| i instanceof ImportedSection objective && holdsActions(objective));
	}
}
