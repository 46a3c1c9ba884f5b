package org.plans.dsl.tracker.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.facts.PointFacts;
import org.plans.dsl.facts.ProgressFacts;
import org.plans.dsl.facts.TargetFacts;
import org.plans.dsl.generator.text.LeadWords;
import org.plans.dsl.generator.text.MeasureWords;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.Addresses;
import org.plans.dsl.plans.Budget;
import org.plans.dsl.plans.Cost;
import org.plans.dsl.plans.Evidence;
import org.plans.dsl.plans.Link;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.Milestone;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Position;
import org.plans.dsl.plans.Quantity;
import org.plans.dsl.plans.Source;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.TextItem;
import org.plans.dsl.plans.TextKind;
import org.plans.dsl.plans.Unit;

/**
 * The Markdown body of a tracker item (without its key marker): what it is and which plan
 * it belongs to, its leads, dates, status and RAG, its texts, targets, positions, progress, deliverables, costs, risks, evidence and links. Progress,
 * RAG and status come from the facts; leads, dates, RAG and status words are {@link Words}'.
 */
public final class TrackerDescriptions {

	private TrackerDescriptions() {
	}

	/** A priority's or objective's description: "**Priority 1** of Plan (id)", leads, texts. */
	static String block(PlanFacts plan, String what, List<Party> leads, EObject block) {
		StringBuilder sb = new StringBuilder();
		sb.append("**").append(what).append("** of ").append(TrackerText.inline(plan.title())).append(" (")
				.append(TrackerText.inline(plan.id())).append(")\n");
		if (!leads.isEmpty()) {
			sb.append("\n**Lead:** ").append(TrackerText.inline(leadNames(leads))).append('\n');
		}
		for (Budget budget : Members.of(block, Budget.class)) {
			sb.append("\n**Budget:** ").append(TrackerText.inline(TrackerText.oneLine(Words.budget(budget)))).append('\n');
		}
		appendTexts(sb, Members.of(block, TextItem.class));
		appendTargets(sb, Members.of(block, Target.class));
		appendStanding(sb, plan, Members.of(block, Target.class));
		appendAddresses(sb, Members.of(block, Addresses.class).stream().flatMap(a -> a.getSources().stream()).toList());
		appendRisks(sb, plan, block);
		return sb.toString();
	}

	/** The risks written in {@code block}: "Too few applicants (likelihood high, impact medium)". */
	private static void appendRisks(StringBuilder sb, PlanFacts plan, EObject block) {
		list(sb, "Risks", plan.risks().stream().filter(r -> r.eContainer() == block).map(Words::risk).toList());
	}

	/** An action's description. */
	static String action(PlanFacts plan, ActionFacts action) {
		StringBuilder sb = new StringBuilder();
		sb.append("**Action").append(action.ref().isEmpty() ? "" : " " + action.ref()).append("** of ")
				.append(TrackerText.inline(plan.title())).append(" (").append(TrackerText.inline(plan.id())).append(")\n\n");
		if (!action.leads().isEmpty()) {
			sb.append("**Lead:** ").append(TrackerText.inline(leadNames(action.leads()))).append("  \n");
		}
		LeadWords.noLead(action)
				.ifPresent(none -> sb.append("**Lead:** ").append(TrackerText.inline(TrackerText.oneLine(none))).append("  \n"));
		if (!action.supporters().isEmpty()) {
			sb.append("**Supported by:** ").append(TrackerText.inline(leadNames(action.supporters()))).append("  \n");
		}
		if (!action.involved().isEmpty()) {
			sb.append("**Involves:** ").append(TrackerText.inline(leadNames(action.involved()))).append("  \n");
		}
		if (action.start().isGiven()) {
			sb.append("**Start:** ").append(TrackerText.inline(action.start().describe())).append("  \n");
		}
		if (action.due().isGiven()) {
			sb.append("**Due:** ").append(TrackerText.inline(Words.due(action))).append("  \n");
		}
		action.status().ifPresent(s -> sb.append("**Status:** ").append(Words.status(s)).append("  \n"));
		action.latestRag().ifPresent(r -> sb.append("**RAG:** ").append(Words.rag(r)).append("  \n"));
		appendTexts(sb, Members.of(action.action(), TextItem.class));
		appendTargets(sb, action.targets());
		appendStanding(sb, plan, action.targets());
		appendAddresses(sb, action.addresses());
		list(sb, "Positions", action.points().stream().filter(Position.class::isInstance).map(Words::measured).toList());
		list(sb, "Deliverables", action.deliverables().stream().map(Words::deliverable).toList());
		if (!action.progressFacts().isEmpty()) {
			sb.append("\n### Progress\n\n");
			for (ProgressFacts p : action.progressFacts()) {
				sb.append("- ").append(TrackerText.inline(progress(p))).append('\n');
			}
		}
		List<Cost> costs = action.costs();
		if (!costs.isEmpty()) {
			sb.append("\n### Costs\n\n");
			costs.forEach(c -> sb.append("- ").append(TrackerText.inline(TrackerText.oneLine(Words.cost(c)))).append('\n'));
		}
		appendRisks(sb, plan, action.action());
		list(sb, "Evidence", Members.of(action.action(), Evidence.class).stream().map(Words::evidence).toList());
		list(sb, "Links", Members.of(action.action(), Link.class).stream().map(Words::link).toList());
		List<String> dependsOn = Words.dependsOn(action);
		if (!dependsOn.isEmpty()) {
			sb.append("\n**Depends on:** ")
					.append(String.join(", ", dependsOn.stream().map(d -> TrackerText.inline(TrackerText.oneLine(d))).toList()))
					.append('\n');
		}
		List<String> alsoUnder = action.alsoUnder().stream().map(Words::block).toList();
		if (!alsoUnder.isEmpty()) {
			sb.append("\n**Also under:** ")
					.append(String.join("; ", alsoUnder.stream().map(b -> TrackerText.inline(TrackerText.oneLine(b))).toList()))
					.append('\n');
		}
		return sb.toString();
	}

	private static void appendTargets(StringBuilder sb, List<Target> targets) {
		list(sb, "Targets", targets.stream().map(TrackerDescriptions::target).toList());
	}

	/**
	 * "Where the measures stand": for each measure the targets are about that has a position, the
	 * latest position against the milestone or target in force, as the board report words it.
	 */
	private static void appendStanding(StringBuilder sb, PlanFacts plan, List<Target> targets) {
		List<String> lines = targets.stream().map(Target::getMeasure).filter(m -> m != null).distinct()
				.map(plan::measure).filter(m -> m != null)
				.flatMap(m -> MeasureWords.latest(m).map(l -> m.measure().getTitle() + ": latest position " + l).stream()).toList();
		list(sb, "Where the measures stand", lines);
	}

	/** "r1 (recommendation, priority action): Improve the quality of assessments": what the item answers. */
	private static void appendAddresses(StringBuilder sb, List<Source> sources) {
		list(sb, "Addresses", sources.stream().map(s -> s.getName() + " (" + Words.sourceKind(s) + "): " + s.getText()).toList());
	}

	/** A "### heading" and a bullet per line, each on one line; nothing when there are none. */
	private static void list(StringBuilder sb, String heading, List<String> lines) {
		if (!lines.isEmpty()) {
			sb.append("\n### ").append(heading).append("\n\n");
			lines.forEach(l -> sb.append("- ").append(TrackerText.inline(TrackerText.oneLine(l))).append('\n'));
		}
	}

	/** The names of the leads as the plan gives them ("Ana Patel, HR"), each on one line. */
	private static String leadNames(List<Party> leads) {
		return String.join(", ", leads.stream().map(p -> TrackerText.oneLine(LeadWords.post(p))).toList());
	}

	private static void appendTexts(StringBuilder sb, List<TextItem> texts) {
		for (TextKind kind : TextKind.VALUES) {
			List<String> of = texts.stream().filter(t -> t.getKind() == kind).map(TextItem::getText).toList();
			if (!of.isEmpty()) {
				sb.append("\n### ").append(heading(kind)).append("\n\n");
				sb.append(String.join("\n\n", of.stream().map(TrackerText::paragraphs).toList())).append('\n');
			}
		}
	}

	private static String heading(TextKind kind) {
		return switch (kind) {
		case INDICATOR -> "Indicators";
		case SUCCESS -> "Success looks like";
		default -> Words.capitalised(kind.getLiteral());
		};
	}

	/**
	 * "Agency social workers ≤ 15% by 2025-03", with the target's own milestones; a number
	 * without a unit takes its measure's ("20 cases per FTE").
	 */
	static String target(Target target) {
		StringBuilder sb = new StringBuilder();
		Measure measure = target.getMeasure();
		if (measure != null) {
			sb.append(TrackerText.oneLine(measure.getTitle()));
			TargetFacts facts = TargetFacts.of(target, Optional.empty());
			switch (facts.form()) {
			case COMPARISON -> sb.append(' ').append(Words.comparator(target.getComparator())).append(' ')
					.append(quantity(target.getValue(), measure));
			case RANGE -> sb.append(" between ").append(quantity(target.getValue(), measure)).append(" and ")
					.append(quantity(target.getUpper(), measure));
			case CHANGE -> sb.append(' ').append(target.getChange().getLiteral()).append(" by ")
					.append(facts.isPercentageChange() ? Words.quantity(target.getAmount()) : quantity(target.getAmount(), measure));
			case DIRECTION -> sb.append(' ').append(target.getChange().getLiteral());
			case NONE -> { }
			}
			if (target.getDate() != null) {
				sb.append(" by ").append(target.getDate());
			}
			facts.rate().ifPresent(r -> sb.append(" per ").append(r.getLiteral()));
		}
		if (target.getText() != null) {
			sb.append(sb.length() == 0 ? "" : ": ").append(target.getText());
		}
		for (MeasurePoint point : target.getPoints()) {
			if (point instanceof Milestone m) {
				sb.append("; milestone ").append(PointFacts.comparator(m).map(c -> Words.comparator(c) + " ").orElse(""))
						.append(quantity(m.getValue(), measure)).append(" by ").append(m.getDate());
			}
		}
		return sb.toString();
	}

	/** "2024-09 Amber, In progress: Fewer applicants than hoped", "undated: ...". */
	private static String progress(ProgressFacts progress) {
		StringBuilder sb = new StringBuilder(progress.date() == null ? "undated" : progress.date());
		List<String> words = new ArrayList<>();
		progress.rag().ifPresent(r -> words.add(Words.rag(r)));
		progress.status().ifPresent(s -> words.add(Words.status(s)));
		if (!words.isEmpty()) {
			sb.append(' ').append(String.join(", ", words));
		}
		if (progress.text() != null) {
			sb.append(": ").append(TrackerText.oneLine(progress.text()));
		}
		return sb.toString();
	}

	private static String quantity(Quantity q, Measure measure) {
		if (q == null) {
			return "";
		}
		BigDecimal value = q.getValue();
		String number = (q.isApproximate() ? "about " : "") + (q.getCurrency() == null ? "" : q.getCurrency())
				+ (value == null ? "" : value.toPlainString()) + (q.getTotal() == null ? "" : " of " + q.getTotal().toPlainString());
		Unit unit = Plans.unitOf(q)
				.orElse(measure != null && measure.getUnit() != null ? measure.getUnit().getUnit() : null);
		if (unit == Unit.PERCENT) {
			return number + "%";
		}
		if (measure != null && measure.getUnit() != null && measure.getUnit().getLabel() != null) {
			return number + " " + TrackerText.oneLine(measure.getUnit().getLabel());
		}
		return unit == null || unit == Unit.COUNT || unit == Unit.RATIO || unit == Unit.MONEY ? number
				: number + " " + unit.getLiteral();
	}
}
