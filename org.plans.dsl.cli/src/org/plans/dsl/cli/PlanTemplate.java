package org.plans.dsl.cli;

import java.time.YearMonth;
import java.util.function.UnaryOperator;

/**
 * The plan {@code plans init} writes: a header, a lead and a board, one priority with an
 * objective, an action and a measurable target, each with the words an author replaces. It
 * validates with no findings, so that the first finding an author sees is about their own text.
 */
public final class PlanTemplate {

	private PlanTemplate() {
	}

	/** The template with its default words, as {@code plans init} writes it for this month (the daemon's warm-up). */
	public static String sample() {
		return text("sample", "Improvement Plan", "Our Council", YearMonth.now(), title -> "\"" + title + "\"");
	}

	/** The plan text; {@code quote} makes any title a quoted string of the language. */
	static String text(String id, String title, String organisation, YearMonth start, UnaryOperator<String> quote) {
		return String.join("\n",
				"// A new plan. Replace the words in quotes with your own, add priorities, objectives and",
				"// actions, and check it with: plans validate <this file>  (docs/language.md says what you can write)",
				"plan " + id + " " + quote.apply(title) + " {",
				"    organisation " + quote.apply(organisation),
				"    issued " + start,
				"    covers " + start + " to " + start.plusMonths(23),
				"    as of " + start,
				"}",
				"",
				"person officer \"Name of the lead officer\" as hos",
				"role hos \"Head of Service\"",
				"board ib \"Improvement Board\" meets monthly oversees 1",
				"",
				"measure timely \"Assessments completed within 45 working days\" unit % higher is better {",
				"    baseline 70 at " + start,
				"}",
				"",
				"priority 1 \"First priority\" {",
				"    sponsor officer",
				"    outcome \"What will be different for children and families.\"",
				"",
				"    objective \"First objective\" {",
				"        action 1.1 \"First action\" {",
				"            lead officer",
				"            start " + start,
				"            due " + start.plusMonths(6),
				"            target timely >= 85% by " + start.plusMonths(12),
				"            success \"How you will know it is done.\"",
				"        }",
				"    }",
				"}",
				"");
	}
}
