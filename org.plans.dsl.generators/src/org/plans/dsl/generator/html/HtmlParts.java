package org.plans.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plans.dsl.escaping.Html;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.AsOfDate;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.PriorityFacts;
import org.plans.dsl.facts.RagCounts;
import org.plans.dsl.facts.TargetFacts;
import org.plans.dsl.facts.TargetProgress;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.Evidence;
import org.plans.dsl.plans.Link;
import org.plans.dsl.plans.PlanTextKind;
import org.plans.dsl.plans.Position;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.Risk;
import org.plans.dsl.plans.TextKind;

/** Parts of pages shared by the HTML targets: the plan header, action tables, RAG counts. */
public final class HtmlParts {

	private HtmlParts() {
	}

	/** The plan's title, organisation, version, dates and the date progress is judged at. */
	public static String header(String heading, PlanFacts plan, AsOfDate asOf) {
		StringBuilder sb = new StringBuilder("<header>\n").append(Markup.element("h1", null, heading)).append('\n');
		sb.append(Markup.element("p", "meta", metaLine(plan, asOf))).append('\n');
		return sb.append("</header>\n").toString();
	}

	/** "Organisation · Version · Issued … · Covers … to … · Progress as of …", plain text, for every format's header. */
	public static String metaLine(PlanFacts plan, AsOfDate asOf) {
		List<String> meta = new ArrayList<>();
		plan.text(PlanTextKind.ORGANISATION).ifPresent(meta::add);
		plan.text(PlanTextKind.VERSION).ifPresent(meta::add);
		plan.issued().ifPresent(d -> meta.add("Issued " + d.text()));
		plan.coversFrom().ifPresent(from -> meta.add("Covers " + from.text() + plan.coversTo().map(to -> " to " + to.text()).orElse("")));
		meta.add(Words.asOf(asOf));
		return String.join(" · ", meta);
	}

	/**
	 * One row per action: reference, title, leads, deadline, status, RAG. Under the title, with
	 * {@code where} the priority and objective, with {@code details} the action's texts, targets,
	 * latest progress, costs, dependencies, tags and notes.
	 */
	public static String table(List<ActionFacts> actions, AsOfDate asOf, boolean where, boolean details) {
		if (actions.isEmpty()) {
			return "<p class=\"meta\">None.</p>\n";
		}
		StringBuilder sb = new StringBuilder("<table class=\"actions\">\n<thead><tr><th>Ref</th><th>Action</th>"
				+ "<th>Lead</th><th>Due</th><th>Status</th><th>RAG</th></tr></thead>\n<tbody>\n");
		for (ActionFacts action : actions) {
			boolean overdue = asOf.isOverdue(action);
			sb.append("<tr").append(overdue ? " class=\"overdue-row\"" : "").append(">");
			sb.append(Markup.element("td", null, action.ref()));
			sb.append("<td>").append(Html.escape(action.title()));
			sb.append(details(action, where, details));
			sb.append("</td>");
			sb.append(Markup.element("td", null, Words.leads(action)));
			sb.append("<td>").append(Html.escape(Words.due(action)));
			if (overdue) {
				sb.append("<br>").append(Markup.element("span", "overdue", "Overdue"));
			}
			sb.append("</td>");
			sb.append(Markup.element("td", action.isClosed() ? "done" : null, Words.status(action.status())));
			sb.append("<td>").append(Markup.ragBadge(action.latestRag())).append("</td></tr>\n");
		}
		return sb.append("</tbody>\n</table>\n").toString();
	}

	private static String details(ActionFacts action, boolean where, boolean details) {
		List<String> items = new ArrayList<>();
		if (where && action.priority() != null) {
			items.add(item("In", Words.where(action)));
		}
		if (details) {
			addDetails(action, items);
		}
		return items.isEmpty() ? "" : "<ul class=\"details\">" + String.join("", items) + "</ul>";
	}

	private static void addDetails(ActionFacts action, List<String> items) {
		for (TextKind kind : TextKind.values()) {
			action.texts(kind).forEach(t -> items.add(item(Words.capitalised(kind.getLiteral()), t)));
		}
		if (!action.involved().isEmpty()) {
			items.add(item("Involves", Words.parties(action.involved())));
		}
		action.targets().forEach(t -> items.add(item("Target", Words.target(t))));
		action.points().stream().filter(Position.class::isInstance)
				.forEach(p -> items.add(item("Position", Words.measured(p))));
		action.deliverables().forEach(d -> items.add(item("Deliverable", Words.deliverable(d))));
		action.latestProgress().ifPresent(p -> items.add(item("Latest progress",
				(p.getDate() == null ? "" : p.getDate() + ": ") + (p.getText() == null ? "" : p.getText()))));
		action.costs().forEach(c -> items.add(item("Cost", Words.cost(c))));
		Members.of(action.action(), Risk.class).forEach(r -> items.add(item("Risk", Words.risk(r))));
		Members.of(action.action(), Evidence.class).forEach(e -> items.add(item("Evidence", Words.evidence(e))));
		Members.of(action.action(), Link.class).forEach(l -> items.add(item("Link", Words.link(l))));
		if (!action.dependsOn().isEmpty()) {
			items.add(item("Depends on", String.join(", ", action.dependsOn().stream()
					.map(a -> a.getName() == null ? a.getTitle() : a.getName()).toList())));
		}
		if (!action.tags().isEmpty()) {
			items.add(item("Tags", String.join(", ", action.tags())));
		}
		action.notes().forEach(n -> items.add(item("Note", n)));
	}

	private static String item(String label, String text) {
		return "<li><strong>" + Html.escape(label) + ":</strong> <span class=\"text\">" + Html.escape(text)
				+ "</span></li>";
	}

	/** Actions by latest RAG, and targets met, on track and behind (see {@link TargetProgress}), per priority. */
	public static String ragSummary(PlanFacts plan, AsOfDate asOf) {
		StringBuilder sb = new StringBuilder("<table class=\"rag-summary\">\n<thead><tr><th>Priority</th>");
		for (Rag rag : Rag.values()) {
			sb.append("<th class=\"num\">").append(Markup.ragBadge(Optional.of(rag))).append("</th>");
		}
		sb.append("<th class=\"num\">").append(Markup.ragBadge(Optional.empty()))
				.append("</th><th class=\"num\">Actions</th>");
		for (TargetProgress progress : TARGET_COLUMNS) {
			sb.append(Markup.element("th", "num", Words.targets(progress)));
		}
		sb.append("</tr></thead>\n<tbody>\n");
		List<TargetFacts> all = new ArrayList<>();
		for (PriorityFacts priority : plan.priorityFacts()) {
			all.addAll(priority.allTargets());
			sb.append(ragRow(Words.priority(priority.priority()), priority.ragCounts(),
					TargetProgress.count(priority.allTargets(), plan, asOf.day())));
		}
		sb.append(ragRow("All priorities", RagCounts.of(plan.actions()), TargetProgress.count(all, plan, asOf.day())));
		return sb.append("</tbody>\n</table>\n").toString();
	}

	/** The target columns of the RAG summary, in order. */
	public static final List<TargetProgress> TARGET_COLUMNS = List.of(TargetProgress.MET, TargetProgress.ON_TRACK,
			TargetProgress.BEHIND);

	private static String ragRow(String label, RagCounts counts, Map<TargetProgress, Integer> targets) {
		StringBuilder sb = new StringBuilder("<tr>").append(Markup.element("th", null, label));
		for (Rag rag : Rag.values()) {
			sb.append(Markup.element("td", "num", String.valueOf(counts.count(rag))));
		}
		sb.append(Markup.element("td", "num", String.valueOf(counts.unrated())));
		sb.append(Markup.element("td", "num", String.valueOf(counts.total())));
		for (TargetProgress progress : TARGET_COLUMNS) {
			sb.append(Markup.element("td", "num", String.valueOf(targets.get(progress))));
		}
		return sb.append("</tr>\n").toString();
	}
}
