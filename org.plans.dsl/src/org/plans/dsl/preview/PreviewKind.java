package org.plans.dsl.preview;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The pages an editor can preview for the plan being edited. */
public enum PreviewKind {
	/** The board report: summary, RAG, overdue, measures, costs and risks. */
	REPORT("report"),
	/** The whole plan as one printable page. */
	PLAN("plan"),
	/** The checklist by priority and objective. */
	CHECKLIST("checklist"),
	/** One checklist per lead. */
	BY_LEAD("by-lead");

	private final String id;

	PreviewKind(String id) {
		this.id = id;
	}

	/** The name used by editors and the {@code plans/preview} request, e.g. {@code by-lead}. */
	public String id() {
		return id;
	}

	public static Optional<PreviewKind> byId(String id) {
		String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(kind -> kind.id.equals(wanted)).findFirst();
	}
}
