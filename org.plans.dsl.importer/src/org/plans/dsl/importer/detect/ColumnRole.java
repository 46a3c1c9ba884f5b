package org.plans.dsl.importer.detect;

import java.util.List;
import java.util.Locale;

/** What a table column holds, recognised from the header names real plans use. */
public enum ColumnRole {
	REF("ref", "no", "#", "number", "item no", "ref no"),
	SUCCESS("key targets", "success criteria", "how will we know", "how we will know", "what success looks like",
			"measures of success", "target", "targets", "outcomes and key targets",
			"progress outcomes and key targets", "performance measures"),
	INDICATOR("performance measures and milestones", "measures and milestones", "milestones", "indicators",
			"measure", "measurement"),
	ACTION("action", "actions", "item", "indicator", "what we will do", "milestone", "task", "activity", "description",
			"deliverable", "deliverables", "key deliverable", "key deliverables"),
	OUTCOME("outcome", "outcomes", "expected outcome"),
	LEAD("lead", "leads", "lead s", "lead person", "responsible officer", "by whom", "owner", "responsible",
			"lead officer", "accountable", "who", "sro", "senior responsible owner", "senior responsible officer",
			"executive lead"),
	START("start date", "start", "from"),
	DEADLINE("deadline", "end date", "timescale", "timescales", "by when", "complete by", "target date", "due",
			"due date", "completion date", "end", "when"),
	PROGRESS("progress", "progress to date", "status update", "progress actions", "update", "progress at", "comments"),
	RAG("rag", "rag status", "rag rating", "brag", "brag rating", "overall rating", "current rating", "delivery rating",
			"rag rated", "traffic light"),
	STATUS("status"),
	COST("cost", "costs", "resources", "cost resources required", "resources required", "cost resources", "budget"),
	REPORTING("reporting mechanism", "reporting", "monitoring"),
	FINDING("what inspectors found", "inspectors found", "what ofsted found", "finding", "findings",
			"inspection finding", "inspection findings", "ofsted finding", "area for improvement"),
	/** A column naming the priority, theme or work stream of each row, repeated or on a group's first row. */
	SECTION("priority", "priorities", "theme", "work stream", "workstream", "strategic priority", "improvement area",
			"recommendation area", "area", "category", "improvement priority"),
	OBJECTIVE("objective", "objectives", "improvement commitment", "aim"),
	SPONSOR("sponsor", "strategic sponsor", "executive sponsor", "senior sponsor", "sponsors", "strategic lead"),
	IGNORE();

	private final List<String> names;

	ColumnRole(String... names) {
		this.names = List.of(names);
	}

	/** Lower case, letters, digits and '#' only, single spaces: "Lead[s]" and "By Whom?" read as "lead s", "by whom". */
	public static String normalise(String header) {
		return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9#]+", " ").strip();
	}

	/** The role whose names match the header exactly, else the first whose name starts it; null if none. */
	public static ColumnRole of(String header) {
		String name = normalise(header);
		if (name.isEmpty()) {
			return null;
		}
		for (ColumnRole role : values()) {
			if (role.names.contains(name)) {
				return role;
			}
		}
		for (ColumnRole role : values()) {
			for (String known : role.names) {
				if (known.length() > 2 && (name.startsWith(known + " ") || name.endsWith(" " + known))) {
					return role;
				}
			}
		}
		return null;
	}

	public static ColumnRole byName(String name) {
		return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
	}
}
