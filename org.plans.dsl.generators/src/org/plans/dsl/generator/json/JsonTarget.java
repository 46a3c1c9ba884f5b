package org.plans.dsl.generator.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.AsOfDate;
import org.plans.dsl.facts.Cadences;
import org.plans.dsl.facts.DateSpan;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.ObjectiveFacts;
import org.plans.dsl.facts.PlanCalendar;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.facts.PointFacts;
import org.plans.dsl.facts.PriorityFacts;
import org.plans.dsl.facts.TargetFacts;
import org.plans.dsl.facts.When;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.PlanFileTarget;
import org.plans.dsl.generator.json.model.ActionJson;
import org.plans.dsl.generator.json.model.BoardJson;
import org.plans.dsl.generator.json.model.CostJson;
import org.plans.dsl.generator.json.model.DateJson;
import org.plans.dsl.generator.json.model.DeliverableJson;
import org.plans.dsl.generator.json.model.MeasureJson;
import org.plans.dsl.generator.json.model.ObjectiveJson;
import org.plans.dsl.generator.json.model.PartyJson;
import org.plans.dsl.generator.json.model.PlanJson;
import org.plans.dsl.generator.json.model.PointJson;
import org.plans.dsl.generator.json.model.PriorityJson;
import org.plans.dsl.generator.json.model.ProgressJson;
import org.plans.dsl.generator.json.model.QuantityJson;
import org.plans.dsl.generator.json.model.RiskJson;
import org.plans.dsl.generator.json.model.SourceJson;
import org.plans.dsl.generator.json.model.TargetJson;
import org.plans.dsl.generator.json.model.Texts;
import org.plans.dsl.generator.json.model.WhenJson;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Block;
import org.plans.dsl.plans.Board;
import org.plans.dsl.plans.Cost;
import org.plans.dsl.plans.LeadItem;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.Note;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Person;
import org.plans.dsl.plans.PlanTextKind;
import org.plans.dsl.plans.Progress;
import org.plans.dsl.plans.Quantity;
import org.plans.dsl.plans.Risk;
import org.plans.dsl.plans.Role;
import org.plans.dsl.plans.Source;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.Team;
import org.plans.dsl.plans.TextItem;
import org.plans.dsl.plans.TextKind;
import org.plans.dsl.plans.Uses;

/**
 * {@code json}: the whole plan as JSON for other tools, described by the JSON Schema
 * published at {@code docs/schema/plan.schema.json} and mirrored by the records of
 * {@link org.plans.dsl.generator.json.model}. References to people, measures, sources and
 * actions are by name: the short name within the plan, {@code plan::name} for another plan's.
 */
public class JsonTarget extends PlanFileTarget {

	public static final String SCHEMA_ID = "https://plans.org/schema/plan.schema.json";

	public JsonTarget() {
		super("json", ".json", "the whole plan as JSON, per docs/schema/plan.schema.json");
	}

	@Override
	protected String render(GenerationContext context, PlanFacts plan) {
		return Json.write(plan(plan, context.asOf(plan)));
	}

	PlanJson plan(PlanFacts plan, AsOfDate asOf) {
		DateJson from = plan.coversFrom().map(JsonTarget::span).orElse(null);
		DateJson to = plan.coversTo().map(JsonTarget::span).orElse(null);
		return new PlanJson(SCHEMA_ID, plan.id(), plan.title(), asOf.day().map(LocalDate::toString).orElse(null), text(plan, PlanTextKind.ORGANISATION),
				text(plan, PlanTextKind.VERSION), text(plan, PlanTextKind.INTRODUCTION), text(plan, PlanTextKind.VISION),
				text(plan, PlanTextKind.STRENGTHS), plan.issued().map(JsonTarget::span).orElse(null),
				from == null && to == null ? null : new PlanJson.Covers(from, to),
				plan.headerDetails(Uses.class).stream().map(Uses::getPlan).toList(),
				plan.headerDetails(Note.class).stream().map(Note::getText).toList(),
				map(plan.parties(), p -> party(plan, p)), map(plan.sources(), s -> source(plan, s)),
				map(plan.measures(), m -> measure(plan, m)), map(plan.boards(), b -> board(plan, b)),
				map(plan.priorityFacts(), p -> priority(plan, p, asOf)), emptyAsNull(map(plan.risks(), r -> risk(plan, r))),
				CostSummaries.of(plan, JsonTarget::quantity, JsonTarget::date));
	}

	private static RiskJson risk(PlanFacts plan, Risk risk) {
		String on = risk.eContainer() instanceof Action action ? plan.action(action).map(plan::key).orElse(null)
				: risk.eContainer() instanceof Block block ? block.getName() : null;
		return new RiskJson(on, risk.getText(), Plans.isWritten(risk, "likelihood") ? risk.getLikelihood().getLiteral() : null,
				Plans.isWritten(risk, "impact") ? risk.getImpact().getLiteral() : null);
	}

	private static String text(PlanFacts plan, PlanTextKind kind) {
		return plan.text(kind).orElse(null);
	}

	private static PartyJson party(PlanFacts plan, Party party) {
		return new PartyJson(party.getName(), Plans.qualifiedName(party), Plans.kindOf(party), party.getTitle(),
				party instanceof Person person ? refs(plan, person.getRoles()) : null,
				party instanceof Person person && person.getOrganisation() != null
						? Plans.nameFrom(plan.id(), person.getOrganisation()) : null,
				party instanceof Person person && person.isInterim() ? Boolean.TRUE : null,
				party instanceof Person person ? date(person.getUntil()) : null,
				party instanceof Role role && role.isVacant() ? Boolean.TRUE : null,
				party instanceof Team team ? emptyAsNull(refs(plan, team.getMembers())) : null,
				map(party.getContacts(), c -> new PartyJson.Contact(c.getKind().getLiteral(), c.getValue())));
	}

	private static SourceJson source(PlanFacts plan, Source source) {
		return new SourceJson(source.getName(), Plans.qualifiedName(source), source.getKind().getLiteral(),
				Plans.isWritten(source, "category") ? source.getCategory().getLiteral() : null,
				source.getParent() == null ? null : Plans.nameFrom(plan.id(), source.getParent()), source.getText(), source.getOrigin(), date(source.getDate()), texts(Members.of(source, TextItem.class)),
				targets(plan, Members.of(source, Target.class)));
	}

	private static MeasureJson measure(PlanFacts plan, MeasureFacts measure) {
		return new MeasureJson(measure.measure().getName(), Plans.qualifiedName(measure.measure()),
				measure.measure().getTitle(), measure.unit().map(u -> u.getLiteral()).orElse(null),
				measure.measure().getUnit() == null ? null : measure.measure().getUnit().getLabel(),
				measure.population().orElse(null), measure.direction().map(d -> d.getLiteral()).orElse(null),
				measure.frequency().map(Cadences::describe).orElse(null), measure.source().orElse(null),
				texts(Members.of(measure.measure(), TextItem.class)), points(plan, measure.baselines()),
				points(plan, measure.milestones()), points(plan, measure.positions()));
	}

	private static BoardJson board(PlanFacts plan, Board board) {
		return new BoardJson(board.getName(), Plans.qualifiedName(board), board.getTitle(),
				board.getChair() == null ? null : Plans.nameFrom(plan.id(), board.getChair()),
				board.getCadence() == null ? null : Cadences.describe(board.getCadence()),
				refs(plan, board.getOversees()),
				board.getReportsTo() == null ? null : Plans.nameFrom(plan.id(), board.getReportsTo()),
				refs(plan, leads(board)), texts(Members.of(board, TextItem.class)), notes(board));
	}

	private static PriorityJson priority(PlanFacts plan, PriorityFacts priority, AsOfDate asOf) {
		return new PriorityJson(priority.priority().getName(), priority.kind().getLiteral(), priority.title(),
				refs(plan, priority.sponsors()), refs(plan, priority.leads()), texts(priority.textItems()),
				refs(plan, priority.addresses()), priority.notes(),
				targets(plan, priority.targets().stream().map(TargetFacts::target).toList()),
				map(priority.objectives(), o -> objective(plan, o, asOf)),
				map(priority.directActions(), a -> action(plan, a, asOf)), when(priority.due()));
	}

	private static ObjectiveJson objective(PlanFacts plan, ObjectiveFacts objective, AsOfDate asOf) {
		return new ObjectiveJson(objective.objective().getName(), objective.title(), refs(plan, objective.leads()),
				texts(objective.textItems()), refs(plan, objective.addresses()), objective.notes(),
				targets(plan, objective.targets().stream().map(TargetFacts::target).toList()),
				map(objective.actions(), a -> action(plan, a, asOf)), when(objective.due()));
	}

	private static List<Party> leads(EObject container) {
		return Members.of(container, LeadItem.class).stream().flatMap(l -> l.getLeads().stream()).toList();
	}

	private static List<String> notes(EObject container) {
		return Members.of(container, Note.class).stream().map(Note::getText).toList();
	}

	private static ActionJson action(PlanFacts plan, ActionFacts action, AsOfDate asOf) {
		return new ActionJson(plan.key(action), action.ref().isEmpty() ? null : action.ref(), action.action().getId(),
				action.title(), refs(plan, action.leads()), noLead(action), emptyAsNull(refs(plan, action.supporters())),
				emptyAsNull(refs(plan, action.involved())), when(action.start()), when(action.due()),
				action.deadline().map(LocalDate::toString).orElse(null),
				action.status().map(s -> s.getLiteral()).orElse(null),
				action.latestRag().map(r -> r.getLiteral()).orElse(null), action.isComplete(), asOf.isOverdue(action),
				texts(Members.of(action.action(), TextItem.class)), map(action.targets(), t -> target(plan, t)),
				points(plan, action.points()), map(action.progress(), JsonTarget::progress),
				map(action.costs(), JsonTarget::cost),
				emptyAsNull(map(action.deliverables(), d -> new DeliverableJson(d.getTitle(),
						d.getDue() == null ? null : when(When.of(d.getDue(), PlanCalendar.of(d))),
						Plans.isWritten(d, "status") ? d.getStatus().getLiteral() : null))),
				map(action.dependsOn(), a -> plan.action(a).map(plan::key)
						.orElseGet(() -> a.getName() == null ? a.getTitle() : Plans.nameFrom(plan.id(), a))),
				refs(plan, action.addresses()), action.tags(), action.notes());
	}

	/** The {@code lead none} the action's leads stop at, marked inherited when its objective or priority says it. */
	private static ActionJson.NoLead noLead(ActionFacts action) {
		return action.noLead().map(none -> new ActionJson.NoLead(none.getText(),
				none.eContainer() == action.action() ? null : Boolean.TRUE)).orElse(null);
	}

	/** The targets of a priority, objective or recommendation; none when it has none (the property is left out). */
	private static List<TargetJson> targets(PlanFacts plan, List<Target> targets) {
		return targets.isEmpty() ? null : map(targets, t -> target(plan, t));
	}

	private static TargetJson target(PlanFacts plan, Target target) {
		TargetFacts facts = TargetFacts.of(target, Optional.empty());
		return new TargetJson(target.getMeasure() == null ? null : Plans.nameFrom(plan.id(), target.getMeasure()),
				facts.comparator().map(c -> c.getLiteral()).orElse(null), quantity(target.getValue()),
				quantity(target.getUpper()), facts.change().map(c -> c.getLiteral()).orElse(null),
				quantity(target.getAmount()), date(target.getDate()), facts.rate().map(r -> r.getLiteral()).orElse(null),
				target.getText(), points(plan, target.getPoints()));
	}

	private static ProgressJson progress(Progress progress) {
		return new ProgressJson(date(progress.getDate()),
				Plans.isWritten(progress, "rag") ? progress.getRag().getLiteral() : null,
				Plans.isWritten(progress, "status") ? progress.getStatus().getLiteral() : null, progress.getText());
	}

	private static CostJson cost(Cost cost) {
		return new CostJson(cost.isNone(), cost.getAmount() == null ? null : quantity(cost.getAmount()),
				cost.isUpTo() ? Boolean.TRUE : null, cost.isOneOff() ? Boolean.TRUE : null,
				Plans.isWritten(cost, "rate") ? cost.getRate().getLiteral() : null, quantity(cost.getDuration()),
				cost.getFrom() == null ? null : date(cost.getFrom()), cost.getText());
	}

	private static <T> List<T> emptyAsNull(List<T> list) {
		return list.isEmpty() ? null : list;
	}

	private static List<PointJson> points(PlanFacts plan, List<? extends MeasurePoint> points) {
		return map(points, point -> new PointJson(Words.pointKind(point),
				MeasureFacts.measureOf(point) == null ? null : Plans.nameFrom(plan.id(), MeasureFacts.measureOf(point)),
				PointFacts.comparator(point).map(c -> c.getLiteral()).orElse(null), quantity(MeasureFacts.valueOf(point)),
				PointFacts.periodFrom(point).map(JsonTarget::date).orElse(null), date(MeasureFacts.dateOf(point)),
				PointFacts.label(point).orElse(null), PointFacts.verdict(point).map(v -> v.getLiteral()).orElse(null),
				PointFacts.rag(point).map(r -> r.getLiteral()).orElse(null), MeasureFacts.textOf(point)));
	}

	/** A number as written; null for none. */
	private static QuantityJson quantity(Quantity quantity) {
		if (quantity == null) {
			return null;
		}
		return new QuantityJson(quantity.getValue(),
				Plans.isWritten(quantity, "unit") ? quantity.getUnit().getLiteral() : null, quantity.getCurrency(),
				quantity.isApproximate() ? Boolean.TRUE : null, quantity.getTotal());
	}

	private static WhenJson when(When when) {
		if (!when.isGiven()) {
			return null;
		}
		DateJson date = when.date().map(JsonTarget::span).orElseGet(() -> date(when.timing().getDate()));
		return new WhenJson(when.written(), date, when.from(), when.ongoing(), when.tbc(),
				when.cadence() == null ? null : Cadences.describe(when.cadence()), when.text(),
				when.approximate() ? Boolean.TRUE : null, when.immediately() ? Boolean.TRUE : null,
				when.isInherited() ? Boolean.TRUE : null, when.isInherited() ? when.ownerLabel() : null);
	}

	/** A date as written and, when it is a real date, the first and last day it covers; null for none. */
	private static DateJson date(String text) {
		if (text == null) {
			return null;
		}
		return DateSpan.parse(text).map(JsonTarget::span).orElseGet(() -> new DateJson(text, null, null));
	}

	private static DateJson span(DateSpan span) {
		return new DateJson(span.text(), span.first().toString(), span.last().toString());
	}

	private static Texts texts(List<TextItem> items) {
		return new Texts(texts(items, TextKind.DESCRIPTION), texts(items, TextKind.OUTCOME),
				texts(items, TextKind.INDICATOR), texts(items, TextKind.SUCCESS), texts(items, TextKind.RESOURCES),
				texts(items, TextKind.REPORTING));
	}

	private static List<String> texts(List<TextItem> items, TextKind kind) {
		return items.stream().filter(t -> t.getKind() == kind).map(TextItem::getText).toList();
	}

	private static List<String> refs(PlanFacts plan, List<? extends EObject> declarations) {
		return map(declarations, d -> Plans.nameFrom(plan.id(), d));
	}

	private static <T, R> List<R> map(List<? extends T> values, Function<? super T, R> json) {
		return values.stream().<R>map(json).toList();
	}
}
