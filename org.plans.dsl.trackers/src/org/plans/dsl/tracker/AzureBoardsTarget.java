package org.plans.dsl.tracker;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.plans.dsl.facts.Handles;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.plans.ContactKind;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Status;
import org.plans.dsl.tracker.model.TrackerFormats;
import org.plans.dsl.tracker.model.TrackerItem;
import org.plans.dsl.tracker.model.TrackerKeys;
import org.plans.dsl.tracker.model.TrackerMapping;
import org.plans.dsl.tracker.model.TrackerMarkup;
import org.plans.dsl.tracker.model.TrackerPlan;
import org.plans.dsl.tracker.model.TrackerText;

/**
 * Azure Boards: the work item CSV import with an Epic → Feature → Task hierarchy given by
 * the {@code Title 1/2/3} columns (ID empty: new items). The key is a tag and a hidden
 * marker in the (HTML) description.
 */
public class AzureBoardsTarget extends TrackerTarget {

	static final List<String> HEADER = List.of("ID", "Work Item Type", "Title 1", "Title 2", "Title 3", "State",
			"Assigned To", "Target Date", "Tags", "Description");

	@Override
	public String name() {
		return "azure-boards";
	}

	@Override
	public String description() {
		return "Azure DevOps work item CSV import with an Epic, Feature, Task hierarchy";
	}

	@Override
	protected void write(TrackerPlan plan, GenerationContext context, OutputFiles out) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		for (TrackerItem item : plan.items()) {
			int depth = depth(plan, item);
			List<String> row = new ArrayList<>();
			row.add("");
			row.add(type(item));
			for (int level = 1; level <= 3; level++) {
				row.add(level == depth ? item.title() : "");
			}
			row.add(state(item));
			row.add(assignee(plan, item));
			// Agile tasks have no target date: the action's due date is in its description.
			row.add(item.level() == TrackerItem.Level.ACTION ? "" : item.due().map(Object::toString).orElse(""));
			List<String> tags = new ArrayList<>();
			tags.add("plans-key=" + item.key());
			item.labels().forEach(l -> tags.add(TrackerText.oneLine(l).replace(";", ",")));
			row.add(String.join("; ", tags));
			row.add(TrackerMarkup.html(item.description()) + TrackerKeys.marker(item.key()));
			rows.add(row);
		}
		out.write("work-items.csv", TrackerFormats.csv(HEADER, rows));
	}

	private static int depth(TrackerPlan plan, TrackerItem item) {
		int depth = 1;
		for (Optional<TrackerItem> p = plan.item(item.parentKey()); p.isPresent(); p = plan.item(p.get().parentKey())) {
			depth++;
		}
		return depth;
	}

	private static String type(TrackerItem item) {
		return switch (item.level()) {
		case PRIORITY -> "Epic";
		case OBJECTIVE -> "Feature";
		default -> "Task";
		};
	}

	/** States of the Agile process, valid for epics, features and tasks alike. */
	static String state(TrackerItem item) {
		Status status = item.status().orElse(null);
		if (item.closed()) {
			return status == Status.CANCELLED ? "Removed" : "Closed";
		}
		return status == Status.IN_PROGRESS || status == Status.ON_HOLD ? "Active" : "New";
	}

	/** The first lead's Azure handle, else their e-mail address. */
	private static String assignee(TrackerPlan plan, TrackerItem item) {
		List<String> handles = TrackerMapping.handles(plan.facts(), item, ContactKind.AZURE);
		if (!handles.isEmpty()) {
			return handles.get(0);
		}
		for (Party lead : item.leads()) {
			for (Party person : plan.facts().peopleBehind(lead)) {
				Optional<String> email = Plans.contact(person, ContactKind.EMAIL)
						.filter(e -> Handles.isValid(ContactKind.AZURE, e));
				if (email.isPresent()) {
					return email.get();
				}
			}
		}
		return "";
	}
}
