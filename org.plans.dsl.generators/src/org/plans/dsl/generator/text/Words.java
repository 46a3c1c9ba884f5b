package org.plans.dsl.generator.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.AsOfDate;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.facts.PointFacts;
import org.plans.dsl.facts.PriorityFacts;
import org.plans.dsl.facts.Standing;
import org.plans.dsl.facts.Standing.Goal;
import org.plans.dsl.facts.TargetFacts;
import org.plans.dsl.facts.TargetProgress;
import org.plans.dsl.facts.When;
import org.plans.dsl.plans.Baseline;
import org.plans.dsl.plans.Block;
import org.plans.dsl.plans.Budget;
import org.plans.dsl.plans.Comparator;
import org.plans.dsl.plans.Contact;
import org.plans.dsl.plans.Cost;
import org.plans.dsl.plans.Deliverable;
import org.plans.dsl.plans.DependsOn;
import org.plans.dsl.plans.Evidence;
import org.plans.dsl.plans.Link;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.Milestone;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.Quantity;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.Risk;
import org.plans.dsl.plans.Source;
import org.plans.dsl.plans.Status;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.Unit;

/**
 * The words every generator uses for plan facts: RAG and status labels, dates, quantities,
 * targets, leads. One place, so that the Markdown, HTML, CSV and calendar outputs agree.
 */
public final class Words {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

	private Words() {
	}

	/** "Red", "Amber", "Green", "Blue". */
	public static String rag(Rag rag) {
		return capitalised(rag.getLiteral());
	}

	/** The RAG's label, or "Not rated". */
	public static String rag(Optional<Rag> rag) {
		return rag.map(Words::rag).orElse("Not rated");
	}

	/** "Not started", "In progress", "Complete", "On hold", "Cancelled". */
	public static String status(Status status) {
		return capitalised(status.getLiteral().replace('-', ' '));
	}

	/** The status's label, or "" when none is known. */
	public static String status(Optional<Status> status) {
		return status.map(Words::status).orElse("");
	}

	/** "31 Mar 2025". */
	public static String date(LocalDate day) {
		return DAY.format(day);
	}

	/** What an output says when neither the caller nor the plan gives an as-of date. */
	public static final String NO_AS_OF = "No as-of date: overdue actions not judged";

	/** "Progress as of 31 Mar 2025", or {@link #NO_AS_OF}. */
	public static String asOf(AsOfDate asOf) {
		return asOf.day().map(d -> "Progress as of " + date(d)).orElse(NO_AS_OF);
	}

	/** The deadline as written ("2025-03", "from 2024-09 and ongoing", "tbc"), or "no deadline". */
	public static String due(ActionFacts action) {
		return action.due().isGiven() ? action.due().describe() : "no deadline";
	}

	/** "Audit tool live (due 2024-03, Complete)", "First audit report (due 2024-09)", "Report". */
	public static String deliverable(Deliverable deliverable) {
		List<String> words = new ArrayList<>();
		When due = When.of(deliverable.getDue());
		if (due.isGiven()) {
			words.add("due " + due.describe());
		}
		if (Plans.isWritten(deliverable, "status")) {
			words.add(status(deliverable.getStatus()));
		}
		return deliverable.getTitle() + (words.isEmpty() ? "" : " (" + String.join(", ", words) + ")");
	}

	/**
	 * "Ana Patel, HR supported by Tom Marsh", "Principal Social Worker (vacant)", "Alex Brown
	 * (interim until 2025-06-01)", "none stated (Not stated in the plan)" for {@code lead none},
	 * "no lead" when nothing is said: the leads as {@link LeadWords#post}s, then the supporting leads.
	 */
	public static String leads(ActionFacts action) {
		String leads = action.leads().isEmpty() ? LeadWords.noLead(action).orElse("no lead") : LeadWords.posts(action.leads());
		return leads + (action.supporters().isEmpty() ? "" : " supported by " + LeadWords.posts(action.supporters()));
	}

	public static String party(Party party) {
		return party.getTitle() == null ? party.getName() : party.getTitle();
	}

	/** "Ana Patel, HR", or "no lead". */
	public static String parties(List<? extends Party> parties) {
		return parties.isEmpty() ? "no lead" : parties.stream().map(Words::party).collect(Collectors.joining(", "));
	}

	/** "£350", "15%", "20 days", "2.5", "about 40", "10 of 11". */
	public static String quantity(Quantity quantity) {
		if (quantity == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder();
		if (quantity.isApproximate()) {
			sb.append("about ");
		}
		if (quantity.getCurrency() != null && quantity.getValue() != null) {
			sb.append(money(Optional.of(quantity.getCurrency()), quantity.getValue()));
		} else {
			sb.append(quantity.getCurrency() == null ? "" : quantity.getCurrency())
					.append(quantity.getValue() == null ? "?" : quantity.getValue().toPlainString());
		}
		if (quantity.getTotal() != null) {
			sb.append(" of ").append(quantity.getTotal().toPlainString());
		}
		if (Plans.isWritten(quantity, "unit")) {
			Unit unit = quantity.getUnit();
			sb.append(unit == Unit.PERCENT ? "%" : " " + unit.getLiteral());
		}
		return sb.toString();
	}

	public static String comparator(Comparator comparator) {
		return switch (comparator) {
		case AT_LEAST -> "≥";
		case AT_MOST -> "≤";
		case ABOVE -> ">";
		case BELOW -> "<";
		case EQUAL -> "=";
		};
	}

	/**
	 * "Agency social workers ≤ 15% by 2025-03 (text)", "Carers increase by 30 by 2026-03",
	 * "Dip samples ≥ 8 per month", or only the target's text.
	 */
	public static String target(Target target) {
		List<String> parts = new ArrayList<>();
		if (target.getMeasure() != null) {
			parts.add(target.getMeasure().getTitle());
			String goal = goal(TargetFacts.of(target, Optional.empty()));
			if (!goal.isEmpty()) {
				parts.add(goal);
			}
			if (target.getDate() != null) {
				parts.add("by " + target.getDate());
			}
			TargetFacts.of(target, Optional.empty()).rate().ifPresent(r -> parts.add("per " + r.getLiteral()));
		}
		String head = String.join(" ", parts);
		if (target.getText() == null) {
			return head;
		}
		return head.isEmpty() ? target.getText() : head + " (" + target.getText() + ")";
	}

	/** "≥ 80%", "between 14 and 16", "increase by 30", "decrease by 10%", "increase", or "". */
	public static String goal(TargetFacts target) {
		return switch (target.form()) {
		case COMPARISON -> comparator(target.target().getComparator()) + " " + quantity(target.target().getValue());
		case RANGE -> "between " + quantity(target.target().getValue()) + " and " + quantity(target.target().getUpper());
		case CHANGE -> target.target().getChange().getLiteral() + " by " + quantity(target.target().getAmount());
		case DIRECTION -> target.target().getChange().getLiteral();
		case NONE -> "";
		};
	}

	/**
	 * "none (met from existing budget)", "£350 per day for 120 days", "£48,000 per year from
	 * 2015/16", "up to £12,000", "£30,000 one-off", "2 (FTE)".
	 */
	public static String cost(Cost cost) {
		List<String> parts = new ArrayList<>();
		if (cost.isNone()) {
			parts.add("none");
		} else if (cost.getAmount() != null) {
			parts.add((cost.isUpTo() ? "up to " : "") + quantity(cost.getAmount()));
		}
		if (cost.isOneOff()) {
			parts.add("one-off");
		}
		if (Plans.isWritten(cost, "rate")) {
			parts.add("per " + cost.getRate().getLiteral());
		}
		if (cost.getDuration() != null) {
			parts.add("for " + quantity(cost.getDuration()));
		}
		if (cost.getFrom() != null) {
			parts.add("from " + cost.getFrom());
		}
		String head = String.join(" ", parts);
		if (cost.getText() == null) {
			return head;
		}
		return head.isEmpty() ? cost.getText() : head + " (" + cost.getText() + ")";
	}

	/** "£250,000 per year from 2024/25 (Improvement fund)", "£30,000". */
	public static String budget(Budget budget) {
		String head = quantity(budget.getAmount()) + (Plans.isWritten(budget, "rate") ? " per " + budget.getRate().getLiteral() : "")
				+ (budget.getFrom() == null ? "" : " from " + budget.getFrom());
		return budget.getText() == null ? head : head + " (" + budget.getText() + ")";
	}

	/** "recommendation", "recommendation, priority action, under r1", "finding, strength". */
	public static String sourceKind(Source source) {
		List<String> parts = new ArrayList<>(List.of(source.getKind().getLiteral()));
		if (Plans.isWritten(source, "category")) {
			parts.add(source.getCategory().getLiteral().replace('-', ' '));
		}
		if (source.getParent() != null) {
			parts.add("under " + source.getParent().getName());
		}
		return String.join(", ", parts);
	}

	/** " — Ofsted ILACS, 2024-05": who made a recommendation or finding and when; "" when the plan says neither. */
	public static String origin(Source source) {
		return (source.getOrigin() == null ? "" : " — " + source.getOrigin()) + (source.getDate() == null ? "" : ", " + source.getDate());
	}

	/** "Too few applicants (likelihood high, impact not given)". */
	public static String risk(Risk risk) {
		return risk.getText() + " (likelihood " + riskLevel(risk, "likelihood") + ", impact " + riskLevel(risk, "impact") + ")";
	}

	/** "partner Housing (New protocol agreed)": a dependency on a partner outside the plan. */
	public static String dependency(DependsOn dependency) {
		return "partner " + party(dependency.getPartner()) + (dependency.getText() == null ? "" : " (" + dependency.getText() + ")");
	}

	/** "1.1", "Publish the plan", "partner Housing (New protocol agreed)": what the action waits for, by ref or title. */
	public static List<String> dependsOn(ActionFacts action) {
		List<String> all = new ArrayList<>(
				action.dependsOn().stream().map(a -> a.getName() == null ? a.getTitle() : a.getName()).toList());
		action.dependsOnPartners().forEach(d -> all.add(dependency(d)));
		return all;
	}

	/** "Audit report March 2024 (2024-03)". */
	public static String evidence(Evidence evidence) {
		return evidence.getText() + (evidence.getDate() == null ? "" : " (" + evidence.getDate() + ")");
	}

	/** "Audit programme: https://example.org/audits", or the address alone. */
	public static String link(Link link) {
		return link.getTitle() == null ? link.getUrl() : link.getTitle() + ": " + link.getUrl();
	}

	/** A risk's likelihood or impact as written ("high"), or "not given". */
	public static String riskLevel(Risk risk, String feature) {
		if (!Plans.isWritten(risk, feature)) {
			return "not given";
		}
		return "likelihood".equals(feature) ? risk.getLikelihood().getLiteral() : risk.getImpact().getLiteral();
	}

	/** "£42,000", "€12,000.50": money with thousands separators, in the currency given (none: the number alone). */
	public static String money(Optional<String> currency, BigDecimal amount) {
		BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		DecimalFormat format = new DecimalFormat(rounded.scale() > 0 ? "#,##0.00" : "#,##0",
				DecimalFormatSymbols.getInstance(Locale.UK));
		return currency.orElse("") + format.format(rounded);
	}

	/** The point with its measure's title: "Audited cases judged good or better 25% at 2021-06: below target". */
	public static String measured(MeasurePoint point) {
		Measure measure = MeasureFacts.measureOf(point);
		return (measure == null ? "" : measure.getTitle() + " ") + point(point);
	}

	/**
	 * "29 at 2024-07 (July 2024)", "> 80% by 2024-12", "at 2021-03 (Audits showed oversight
	 * improving)" (no value), "7 over 2022-03-31 to 2022-10-31", "82% at 2022-09 for north: below
	 * target, red".
	 */
	public static String point(MeasurePoint point) {
		List<String> parts = new ArrayList<>();
		PointFacts.comparator(point).ifPresent(c -> parts.add(comparator(c)));
		if (!PointFacts.isQualitative(point)) {
			parts.add(quantity(MeasureFacts.valueOf(point)));
		}
		Optional<String> from = PointFacts.periodFrom(point);
		parts.add(from.isPresent() ? "over " + from.get() + " to " + MeasureFacts.dateOf(point)
				: (point instanceof Milestone ? "by " : "at ") + MeasureFacts.dateOf(point));
		PointFacts.label(point).ifPresent(l -> parts.add("for " + l));
		List<String> judged = new ArrayList<>();
		PointFacts.verdict(point).ifPresent(v -> judged.add(v.getLiteral().replace('-', ' ')));
		PointFacts.rag(point).ifPresent(r -> judged.add(r.getLiteral()));
		String text = MeasureFacts.textOf(point);
		return String.join(" ", parts) + (judged.isEmpty() ? "" : ": " + String.join(", ", judged))
				+ (text == null ? "" : " (" + text + ")");
	}

	/**
	 * "25% against 70% due by 2022-09: below target", "27 against 25 due by 2024-12: not yet due",
	 * "9 against ≥ 8 per month: met"; the number as written, the goal as the milestone or target sets it.
	 */
	public static String standing(Standing standing) {
		Goal goal = standing.goal();
		String value;
		if (goal.source() instanceof Milestone milestone) {
			value = PointFacts.comparator(milestone).map(c -> comparator(c) + " ").orElse("") + quantity(milestone.getValue());
		} else {
			TargetFacts target = TargetFacts.of((Target) goal.source(), Optional.empty());
			value = goal(target) + (target.form() == TargetFacts.Form.CHANGE ? " (" + number(goal.value()) + ")" : "")
					+ target.rate().map(r -> " per " + r.getLiteral()).orElse("");
		}
		String verdict = judgement(standing);
		return quantity(MeasureFacts.valueOf(standing.position())) + " against " + value
				+ (goal.dueText() == null ? "" : " due by " + goal.dueText()) + (verdict.isEmpty() ? "" : ": " + verdict);
	}

	/** How a position stands, in a word or two: "met", "already reached", "below target", "not yet due", or "" (not judged). */
	public static String judgement(Standing standing) {
		return switch (standing.judgement()) {
		case REACHED -> standing.isDue() ? "met" : "already reached";
		case BEHIND -> standing.isDue() ? "below target" : "not yet due";
		case UNKNOWN -> "";
		};
	}

	/** Column heads for target progress: "Targets met", "On track", "Behind", "Not measured". */
	public static String targets(TargetProgress progress) {
		return switch (progress) {
		case MET -> "Targets met";
		case ON_TRACK -> "On track";
		case BEHIND -> "Behind";
		case NOT_MEASURED -> "Not measured";
		};
	}

	private static String number(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	/** Several points, "; " between them; a point written twice (in a measure and a target) once. */
	public static String points(List<? extends MeasurePoint> points) {
		return points.stream().map(Words::point).distinct().collect(Collectors.joining("; "));
	}

	/** "email: ana@example.org". */
	public static String contact(Contact contact) {
		return contact.getKind().getLiteral() + ": " + contact.getValue();
	}

	/** "baseline", "milestone" or "position". */
	public static String pointKind(MeasurePoint point) {
		if (point instanceof Baseline) {
			return "baseline";
		}
		return point instanceof Milestone ? "milestone" : "position";
	}

	/** "Priority 1: Workforce", "Workstream A: Quality". */
	public static String priority(Priority priority) {
		return capitalised(priority.getKind().getLiteral()) + " " + priority.getName() + ": " + priority.getTitle();
	}

	/** "Priority 1: Workforce", "Objective 1.2: Reduce caseloads", "Action 2.1: Recruit", "Action: Publish". */
	public static String block(Block block) {
		if (block instanceof Priority priority) {
			return priority(priority);
		}
		String kind = block instanceof Objective ? "Objective" : "Action";
		return kind + (block.getName() == null ? "" : " " + block.getName()) + ": " + block.getTitle();
	}

	/** "Priority 1: Workforce › Reduce caseloads": where an action sits in the plan. */
	public static String where(ActionFacts action) {
		String priority = action.priority() == null ? "" : priority(action.priority());
		return action.objective() == null ? priority : priority + " › " + action.objective().getTitle();
	}

	/** "Sponsor: Ana Patel · Lead: Ben Ode" for a priority, or "". */
	public static String sponsorsAndLeads(PriorityFacts priority) {
		List<String> people = new ArrayList<>();
		if (!priority.sponsors().isEmpty()) {
			people.add("Sponsor: " + parties(priority.sponsors()));
		}
		if (!priority.leads().isEmpty()) {
			people.add("Lead: " + parties(priority.leads()));
		}
		return String.join(" · ", people);
	}

	/** "outcome" to "Outcome". */
	public static String capitalised(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}
}
