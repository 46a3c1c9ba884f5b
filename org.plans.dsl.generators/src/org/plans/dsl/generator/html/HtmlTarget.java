package org.plans.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.plans.dsl.escaping.Html;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.AsOfDate;
import org.plans.dsl.facts.Cadences;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.ObjectiveFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.facts.PriorityFacts;
import org.plans.dsl.facts.TargetFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.PlanFileTarget;
import org.plans.dsl.generator.text.LeadWords;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.Board;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Person;
import org.plans.dsl.plans.PlanTextKind;
import org.plans.dsl.plans.Risk;
import org.plans.dsl.plans.Source;
import org.plans.dsl.plans.Team;
import org.plans.dsl.plans.TextItem;

/** {@code html}: the whole plan as one self-contained page that prints cleanly on A4. */
public class HtmlTarget extends PlanFileTarget {

	public HtmlTarget() {
		super("html", ".html", "the whole plan as one self-contained, printable HTML page");
	}

	@Override
	protected String render(GenerationContext context, PlanFacts plan) {
		return page(plan, context.asOf(plan));
	}

	String page(PlanFacts plan, AsOfDate asOf) {
		StringBuilder body = new StringBuilder(HtmlParts.header(plan.title(), plan, asOf));
		for (PlanTextKind kind : List.of(PlanTextKind.INTRODUCTION, PlanTextKind.VISION, PlanTextKind.STRENGTHS)) {
			plan.text(kind).ifPresent(text -> body.append("<section>\n")
					.append(Markup.element("h2", null, Words.capitalised(kind.getLiteral()))).append('\n')
					.append(Markup.element("p", "text", text)).append("\n</section>\n"));
		}
		body.append("<section>\n<h2>Summary</h2>\n").append(HtmlParts.ragSummary(plan, asOf)).append("</section>\n");
		for (PriorityFacts priority : plan.priorityFacts()) {
			body.append(priority(priority, asOf));
		}
		body.append(measures(plan)).append(boards(plan)).append(people(plan)).append(sources(plan));
		return HtmlPage.of(plan.title(), body.toString());
	}

	private String priority(PriorityFacts priority, AsOfDate asOf) {
		StringBuilder sb = new StringBuilder("<section class=\"priority\">\n");
		sb.append(Markup.element("h2", null, Words.priority(priority.priority()))).append('\n');
		String people = Words.sponsorsAndLeads(priority);
		if (!people.isEmpty()) {
			sb.append(Markup.element("p", "meta", people)).append('\n');
		}
		sb.append(texts(priority.textItems(), priority.addresses()));
		sb.append(targets(priority.targets())).append(risks(priority.priority()));
		for (ObjectiveFacts objective : priority.objectives()) {
			sb.append(Markup.element("h3", null, "Objective" + (objective.ref().isEmpty() ? "" : " " + objective.ref())
					+ ": " + objective.title())).append('\n');
			sb.append(texts(objective.textItems(), objective.addresses()));
			sb.append(targets(objective.targets())).append(risks(objective.objective()));
			sb.append(HtmlParts.table(objective.actions(), asOf, false, true));
		}
		List<ActionFacts> direct = priority.directActions();
		if (!direct.isEmpty()) {
			if (!priority.objectives().isEmpty()) {
				sb.append("<h3>Other actions</h3>\n");
			}
			sb.append(HtmlParts.table(direct, asOf, false, true));
		}
		return sb.append("</section>\n").toString();
	}

	/** The targets of a priority or objective; nothing when it has none. */
	private static String targets(List<TargetFacts> targets) {
		return targets.stream().map(t -> Markup.element("p", "target", "Target: " + Words.target(t.target())) + "\n")
				.collect(Collectors.joining());
	}

	/** The risks written on a priority or objective, one paragraph each. */
	private static String risks(EObject block) {
		return Members.of(block, Risk.class).stream().map(r -> Markup.element("p", "risk", "Risk: " + Words.risk(r)) + "\n")
				.collect(Collectors.joining());
	}

	private static String texts(List<TextItem> texts, List<Source> sources) {
		StringBuilder sb = new StringBuilder();
		for (TextItem text : texts) {
			sb.append("<p><strong>").append(Html.escape(Words.capitalised(text.getKind().getLiteral())))
					.append(":</strong> <span class=\"text\">").append(Html.escape(text.getText())).append("</span></p>\n");
		}
		if (!sources.isEmpty()) {
			sb.append(Markup.element("p", "meta", "Addresses: "
					+ sources.stream().map(s -> s.getName() + " " + s.getText()).collect(Collectors.joining("; "))))
					.append('\n');
		}
		return sb.toString();
	}

	private static String measures(PlanFacts plan) {
		if (plan.measures().isEmpty()) {
			return "";
		}
		StringBuilder sb = new StringBuilder("<section>\n<h2>Measures</h2>\n<table>\n<thead><tr><th>Measure</th>"
				+ "<th>Unit</th><th>Better</th><th>Baseline</th><th>Milestones</th><th>Latest position</th></tr></thead>\n<tbody>\n");
		for (MeasureFacts measure : plan.measures()) {
			sb.append("<tr>").append(Markup.element("td", null, measure.measure().getTitle()));
			sb.append(Markup.element("td", null, measure.unit().map(u -> u.getLiteral()).orElse("")
					+ (measure.measure().getUnit() != null && measure.measure().getUnit().getLabel() != null
							? " (" + measure.measure().getUnit().getLabel() + ")"
							: "")));
			sb.append(Markup.element("td", null, measure.direction().map(d -> d.getLiteral()).orElse("")));
			sb.append(Markup.element("td", null, Words.points(measure.baselines())));
			sb.append(Markup.element("td", null, Words.points(measure.milestones())));
			sb.append(Markup.element("td", null, measure.latestPosition().map(p -> Words.point(p)).orElse("")));
			sb.append("</tr>\n");
		}
		return sb.append("</tbody>\n</table>\n</section>\n").toString();
	}

	private static String boards(PlanFacts plan) {
		if (plan.boards().isEmpty()) {
			return "";
		}
		StringBuilder sb = new StringBuilder("<section>\n<h2>Governance</h2>\n<ul>\n");
		for (Board board : plan.boards()) {
			List<String> parts = new ArrayList<>();
			if (board.getChair() != null) {
				parts.add("chair " + LeadWords.post(board.getChair()));
			}
			if (board.getCadence() != null) {
				parts.add("meets " + Cadences.describe(board.getCadence()));
			}
			if (!board.getOversees().isEmpty()) {
				parts.add("oversees " + board.getOversees().stream().map(b -> b.getName() == null ? b.getTitle() : b.getName()).collect(Collectors.joining(", ")));
			}
			if (board.getReportsTo() != null) {
				parts.add("reports to " + board.getReportsTo().getTitle());
			}
			List<ActionFacts> led = plan.actionsLedBy(board);
			if (!led.isEmpty()) {
				parts.add("leads " + led.stream().map(plan::key).collect(Collectors.joining(", ")));
			}
			sb.append("<li><strong>").append(Html.escape(board.getTitle())).append("</strong>")
					.append(parts.isEmpty() ? "" : " — " + Html.escape(String.join("; ", parts))).append("</li>\n");
		}
		return sb.append("</ul>\n</section>\n").toString();
	}

	private static String people(PlanFacts plan) {
		if (plan.parties().isEmpty()) {
			return "";
		}
		StringBuilder sb = new StringBuilder("<section>\n<h2>People and teams</h2>\n<table>\n<thead><tr><th>Name</th>"
				+ "<th>Kind</th><th>Roles</th><th>Of or members</th><th>Contact</th><th>Leads</th></tr></thead>\n<tbody>\n");
		for (Party party : plan.parties()) {
			sb.append("<tr>").append(Markup.element("td", null, LeadWords.post(party)));
			sb.append(Markup.element("td", null, Plans.kindOf(party)));
			sb.append(Markup.element("td", null, party instanceof Person person
					? person.getRoles().stream().map(Words::party).collect(Collectors.joining(", "))
					: ""));
			sb.append(Markup.element("td", null, belongs(party)));
			sb.append(Markup.element("td", null, party.getContacts().stream().map(Words::contact)
					.collect(Collectors.joining("; "))));
			sb.append(Markup.element("td", "num", String.valueOf(plan.actionsLedBy(party).size())));
			sb.append("</tr>\n");
		}
		return sb.append("</tbody>\n</table>\n</section>\n").toString();
	}

	/** A person's organisation ({@code of}), a team's members; empty for others. */
	private static String belongs(Party party) {
		if (party instanceof Person person && person.getOrganisation() != null) {
			return Words.party(person.getOrganisation());
		}
		if (party instanceof Team team) {
			return team.getMembers().stream().map(Words::party).collect(Collectors.joining(", "));
		}
		return "";
	}

	private static String sources(PlanFacts plan) {
		if (plan.sources().isEmpty()) {
			return "";
		}
		StringBuilder sb = new StringBuilder("<section>\n<h2>Recommendations and findings</h2>\n<ul>\n");
		for (Source source : plan.sources()) {
			String origin = Words.origin(source);
			sb.append("<li><strong>").append(Html.escape(source.getName())).append("</strong> (")
					.append(Html.escape(Words.sourceKind(source))).append(") ").append(Html.escape(source.getText()))
					.append(Html.escape(origin)).append("</li>\n");
		}
		return sb.append("</ul>\n</section>\n").toString();
	}
}
