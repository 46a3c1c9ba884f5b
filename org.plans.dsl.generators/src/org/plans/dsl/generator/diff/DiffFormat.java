package org.plans.dsl.generator.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plans.dsl.escaping.Html;
import org.plans.dsl.escaping.Markdown;
import org.plans.dsl.escaping.Terminal;
import org.plans.dsl.generator.diff.PlanChange.Kind;
import org.plans.dsl.generator.html.HtmlPage;
import org.plans.dsl.generator.json.Json;


/** {@code plans diff} output: text for a terminal, Markdown or HTML for a board paper, JSON for tools. */
public enum DiffFormat {
	TEXT, MARKDOWN, HTML, JSON;

	public String write(List<PlanComparison> plans) {
		return switch (this) {
		case TEXT -> text(plans, false);
		case MARKDOWN -> markdown(plans);
		case HTML -> html(plans);
		case JSON -> json(plans);
		};
	}

	/**
	 * The text form; with {@code colour}, for a terminal: plan lines bold, headings cyan, actions
	 * added green, removed and deadlines that slipped again red (plan text made safe first).
	 */
	public static String text(List<PlanComparison> plans, boolean colour) {
		StringBuilder sb = new StringBuilder();
		for (PlanComparison plan : plans) {
			sb.append(paint(colour, "1", Terminal.line(plan.planId() + " \"" + plan.title() + "\""))).append(": ")
					.append(summary(plan)).append('\n');
			byKind(plan).forEach((kind, changes) -> {
				sb.append("  ").append(paint(colour, "36", kind.heading() + " (" + changes.size() + ")")).append('\n');
				changes.forEach(c -> sb.append("    ").append(paint(colour, style(c), Terminal.line(line(c)))).append('\n'));
			});
		}
		return sb.toString();
	}

	private static String style(PlanChange change) {
		return switch (change.kind()) {
		case ADDED, COVERED -> "32";
		case REMOVED, UNCOVERED -> "31";
		case DEADLINE -> change.repeatedSlippage() ? "1;31" : "";
		default -> "";
		};
	}

	private static String paint(boolean colour, String style, String text) {
		return colour && !style.isEmpty() ? "\u001b[" + style + "m" + text + "\u001b[0m" : text;
	}

	private static String markdown(List<PlanComparison> plans) {
		StringBuilder sb = new StringBuilder("# Changes\n");
		for (PlanComparison plan : plans) {
			sb.append("\n## ").append(Markdown.oneLine(plan.title())).append(" (`").append(plan.planId()).append("`)\n\n")
					.append(summary(plan)).append('\n');
			byKind(plan).forEach((kind, changes) -> {
				sb.append("\n### ").append(kind.heading()).append(" (").append(changes.size()).append(")\n\n");
				changes.forEach(c -> sb.append("- ").append(Markdown.oneLine(line(c))).append('\n'));
			});
		}
		return sb.toString();
	}

	private static String html(List<PlanComparison> plans) {
		StringBuilder body = new StringBuilder("<h1>Changes</h1>\n");
		for (PlanComparison plan : plans) {
			body.append("<section>\n<h2>").append(Html.escape(plan.title())).append("</h2>\n<p class=\"meta\">")
					.append(Html.escape(summary(plan))).append("</p>\n");
			body.append(htmlGroups(plan.changes())).append("</section>\n");
		}
		return HtmlPage.of("Changes", body.toString());
	}

	/** The changes grouped by kind, each group an {@code h3} heading with its count and a list: for pages and the board report. */
	public static String htmlGroups(List<PlanChange> changes) {
		StringBuilder sb = new StringBuilder();
		byKind(changes).forEach((kind, group) -> {
			sb.append("<h3>").append(Html.escape(kind.heading() + " (" + group.size() + ")")).append("</h3>\n<ul>\n");
			group.forEach(c -> sb.append("<li>").append(Html.escape(line(c))).append("</li>\n"));
			sb.append("</ul>\n");
		});
		return sb.toString();
	}

	private static String json(List<PlanComparison> plans) {
		return Json.writeArraysByLine(plans);
	}

	private static String summary(PlanComparison plan) {
		return switch (plan.presence()) {
		case NEW -> "a new plan";
		case GONE -> "no longer in the new version";
		case BOTH -> plan.changes().isEmpty() ? "no changes"
				: plan.changes().size() + (plan.changes().size() == 1 ? " change" : " changes");
		};
	}

	private static Map<Kind, List<PlanChange>> byKind(PlanComparison plan) {
		return byKind(plan.changes());
	}

	/** The changes by kind, in the order of {@link Kind}. */
	public static Map<Kind, List<PlanChange>> byKind(List<PlanChange> changes) {
		Map<Kind, List<PlanChange>> groups = new LinkedHashMap<>();
		changes.forEach(c -> groups.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c));
		return groups;
	}

	/** "1.2 Review incentives: 2024-12 → 2025-03 (slipped 90 days)". */
	public static String line(PlanChange change) {
		StringBuilder sb = new StringBuilder(change.subject()).append(' ').append(change.title());
		String values = switch (change.kind()) {
		case ADDED -> change.after().isEmpty() ? "" : "due " + change.after();
		case REMOVED -> change.before().isEmpty() ? "" : "was due " + change.before();
		case PROGRESS, POSITION -> change.after();
		case COVERED, UNCOVERED -> "";
		default -> (change.before().isEmpty() ? "none" : change.before()) + " → "
				+ (change.after().isEmpty() ? "none" : change.after());
		};
		if (!values.isEmpty()) {
			sb.append(": ").append(values);
		}
		if (!change.note().isEmpty()) {
			sb.append(" (").append(change.note()).append(')');
		}
		return sb.toString();
	}
}
