package org.plans.dsl.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.plans.dsl.plans.Party;

/**
 * The plan's open actions that have a deadline, by lead and month of the deadline, each list
 * in the order written (an action listed once per time it names the lead). Updated after an
 * edit from the index before it and the actions' facts that changed ({@link ActionChanges}),
 * saying which lists changed.
 */
public final class DueByLead {

	/** A lead and a month. */
	public record LeadMonth(Party lead, YearMonth month) {
	}

	private final Map<LeadMonth, List<ActionFacts>> byLeadMonth;

	private final Object version = new Object();

	private final Object from;

	private final Set<LeadMonth> changed;

	private DueByLead(Map<LeadMonth, List<ActionFacts>> byLeadMonth, Object from, Set<LeadMonth> changed) {
		this.byLeadMonth = byLeadMonth;
		this.from = from;
		this.changed = changed;
	}

	static DueByLead of(List<ActionFacts> actions) {
		Map<LeadMonth, List<ActionFacts>> result = new HashMap<>();
		for (ActionFacts action : actions) {
			for (LeadMonth key : keys(action, true)) {
				result.computeIfAbsent(key, k -> new ArrayList<>()).add(action);
			}
		}
		return new DueByLead(result, null, null);
	}

	/** The index {@code earlier} with the {@code changes} made; {@code position} gives an action's place now. */
	static DueByLead update(DueByLead earlier, ActionChanges changes, ToIntFunction<ActionFacts> position) {
		Map<LeadMonth, List<ActionFacts>> result = new HashMap<>(earlier.byLeadMonth);
		Set<LeadMonth> changed = new HashSet<>();
		for (ActionFacts removed : changes.removed()) {
			for (LeadMonth key : keys(removed, false)) {
				List<ActionFacts> list = result.get(key);
				if (list != null) {
					list = changed.add(key) ? new ArrayList<>(list) : list;
					list.removeIf(a -> a == removed);
					result.put(key, list);
				}
			}
		}
		for (ActionFacts added : changes.added()) {
			for (LeadMonth key : keys(added, true)) {
				List<ActionFacts> list = result.get(key);
				list = list == null ? new ArrayList<>() : changed.add(key) ? new ArrayList<>(list) : list;
				changed.add(key);
				list.add(added);
				result.put(key, list);
			}
		}
		for (LeadMonth key : changed) {
			List<ActionFacts> list = result.get(key);
			if (list != null && list.isEmpty()) {
				result.remove(key);
			} else if (list != null) {
				list.sort(Comparator.comparingInt(position));
			}
		}
		return new DueByLead(result, earlier.version, Collections.unmodifiableSet(changed));
	}

	/** The lead's and month's of an open action with a deadline; {@code resolved}: only leads that resolved. */
	private static List<LeadMonth> keys(ActionFacts action, boolean resolved) {
		if (action.isClosed() || action.deadline().isEmpty()) {
			return List.of();
		}
		LocalDate deadline = action.deadline().get();
		YearMonth month = YearMonth.of(deadline.getYear(), deadline.getMonth());
		List<LeadMonth> keys = new ArrayList<>();
		for (Party lead : action.leads()) {
			if (!resolved || !lead.eIsProxy()) {
				keys.add(new LeadMonth(lead, month));
			}
		}
		return keys;
	}

	/** The lists, each in the order written. */
	public Map<LeadMonth, List<ActionFacts>> byLeadMonth() {
		return Collections.unmodifiableMap(byLeadMonth);
	}

	/** An identity of this index, to say which index another was updated from. */
	public Object version() {
		return version;
	}

	/**
	 * The lists that may differ from those of the index with {@code version}; null when this
	 * index was not updated from that one.
	 */
	public Set<LeadMonth> changedSince(Object version) {
		return from != null && from == version ? changed : null;
	}
}
