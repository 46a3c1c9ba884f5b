package org.plans.dsl.generator.json;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.AsOfDate;
import org.plans.dsl.facts.Cadences;
import org.plans.dsl.facts.DateSpan;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.ObjectiveFacts;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.facts.PriorityFacts;
import org.plans.dsl.facts.When;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.PlanFileTarget;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.Addresses;
import org.plans.dsl.plans.Board;
import org.plans.dsl.plans.Contact;
import org.plans.dsl.plans.Cost;
import org.plans.dsl.plans.LeadItem;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.Note;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Person;
import org.plans.dsl.plans.PlanTextKind;
import org.plans.dsl.plans.Progress;
import org.plans.dsl.plans.Quantity;
import org.plans.dsl.plans.Source;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.TextItem;
import org.plans.dsl.plans.TextKind;
import org.plans.dsl.plans.Uses;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code json}: the whole plan as JSON for other tools, described by the JSON Schema
 * published at {@code docs/schema/plan.schema.json}. References to people, measures,
 * sources and actions are by name: the short name within the plan, {@code plan::name}
 * for another plan's.
 */
public class JsonTarget extends PlanFileTarget {

	public static final String SCHEMA_ID = "https://plans.org/schema/plan.schema.json";

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	public JsonTarget() {
		super("json", ".json", "the whole plan as JSON, per docs/schema/plan.schema.json");
	}

	@Override
	protected String render(GenerationContext context, PlanFacts plan) {
		return MAPPER.writeValueAsString(plan(plan, context.asOf(plan))) + "\n";
	}

	ObjectNode plan(PlanFacts plan, AsOfDate asOf) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("$schema", SCHEMA_ID);
		json.put("id", plan.id());
		json.put("title", plan.title());
		asOf.day().ifPresent(d -> json.put("asOf", d.toString()));
		for (PlanTextKind kind : PlanTextKind.values()) {
			plan.text(kind).ifPresent(t -> json.put(kind.getLiteral(), t));
		}
		plan.issued().ifPresent(d -> json.set("issued", span(d)));
		if (plan.coversFrom().isPresent() || plan.coversTo().isPresent()) {
			ObjectNode covers = json.putObject("covers");
			plan.coversFrom().ifPresent(d -> covers.set("from", span(d)));
			plan.coversTo().ifPresent(d -> covers.set("to", span(d)));
		}
		strings(json, "uses", plan.headerDetails(Uses.class).stream().map(Uses::getPlan).toList());
		strings(json, "notes", plan.headerDetails(Note.class).stream().map(Note::getText).toList());
		ArrayNode parties = json.putArray("parties");
		plan.parties().forEach(p -> parties.add(party(plan, p)));
		ArrayNode sources = json.putArray("sources");
		plan.sources().forEach(s -> sources.add(source(s)));
		ArrayNode measures = json.putArray("measures");
		plan.measures().forEach(m -> measures.add(measure(plan, m)));
		ArrayNode boards = json.putArray("boards");
		plan.boards().forEach(b -> boards.add(board(plan, b)));
		ArrayNode priorities = json.putArray("priorities");
		plan.priorityFacts().forEach(p -> priorities.add(priority(plan, p, asOf)));
		return json;
	}

	private ObjectNode party(PlanFacts plan, Party party) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("id", party.getName());
		json.put("name", Plans.qualifiedName(party));
		json.put("kind", Plans.kindOf(party));
		json.put("title", party.getTitle());
		if (party instanceof Person person) {
			refs(plan, json, "roles", person.getRoles());
		}
		ArrayNode contacts = json.putArray("contacts");
		for (Contact contact : party.getContacts()) {
			contacts.addObject().put("kind", contact.getKind().getLiteral()).put("value", contact.getValue());
		}
		return json;
	}

	private ObjectNode source(Source source) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("id", source.getName());
		json.put("name", Plans.qualifiedName(source));
		json.put("kind", source.getKind().getLiteral());
		json.put("text", source.getText());
		optional(json, "from", source.getOrigin());
		date(json, "dated", source.getDate());
		texts(json, Members.of(source, TextItem.class));
		return json;
	}

	private ObjectNode measure(PlanFacts plan, MeasureFacts measure) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("id", measure.measure().getName());
		json.put("name", Plans.qualifiedName(measure.measure()));
		json.put("title", measure.measure().getTitle());
		measure.unit().ifPresent(u -> json.put("unit", u.getLiteral()));
		if (measure.measure().getUnit() != null) {
			optional(json, "unitLabel", measure.measure().getUnit().getLabel());
		}
		measure.direction().ifPresent(d -> json.put("better", d.getLiteral()));
		texts(json, Members.of(measure.measure(), TextItem.class));
		points(plan, json, "baselines", measure.baselines());
		points(plan, json, "milestones", measure.milestones());
		points(plan, json, "positions", measure.positions());
		return json;
	}

	private ObjectNode board(PlanFacts plan, Board board) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("id", board.getName());
		json.put("name", Plans.qualifiedName(board));
		json.put("title", board.getTitle());
		if (board.getCadence() != null) {
			json.put("meets", Cadences.describe(board.getCadence()));
		}
		refs(plan, json, "oversees", board.getOversees());
		if (board.getReportsTo() != null) {
			json.put("reportsTo", Plans.nameFrom(plan.id(), board.getReportsTo()));
		}
		refs(plan, json, "leads", Members.of(board, LeadItem.class).stream().flatMap(l -> l.getLeads().stream()).toList());
		texts(json, Members.of(board, TextItem.class));
		strings(json, "notes", Members.of(board, Note.class).stream().map(Note::getText).toList());
		return json;
	}

	private ObjectNode priority(PlanFacts plan, PriorityFacts priority, AsOfDate asOf) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("ref", priority.priority().getName());
		json.put("kind", priority.kind().getLiteral());
		json.put("title", priority.title());
		refs(plan, json, "sponsors", priority.sponsors());
		container(plan, json, priority.priority());
		ArrayNode objectives = json.putArray("objectives");
		for (ObjectiveFacts objective : priority.objectives()) {
			ObjectNode o = objectives.addObject();
			optional(o, "ref", objective.objective().getName());
			o.put("title", objective.title());
			container(plan, o, objective.objective());
			ArrayNode actions = o.putArray("actions");
			objective.actions().forEach(a -> actions.add(action(plan, a, asOf)));
		}
		ArrayNode actions = json.putArray("actions");
		priority.directActions().forEach(a -> actions.add(action(plan, a, asOf)));
		return json;
	}

	/** Leads, texts, addresses and notes of a priority or objective. */
	private void container(PlanFacts plan, ObjectNode json, EObject container) {
		refs(plan, json, "leads", Members.of(container, LeadItem.class).stream().flatMap(l -> l.getLeads().stream()).toList());
		texts(json, Members.of(container, TextItem.class));
		refs(plan, json, "addresses",
				Members.of(container, Addresses.class).stream().flatMap(a -> a.getSources().stream()).toList());
		strings(json, "notes", Members.of(container, Note.class).stream().map(Note::getText).toList());
	}

	private ObjectNode action(PlanFacts plan, ActionFacts action, AsOfDate asOf) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("key", plan.key(action));
		if (!action.ref().isEmpty()) {
			json.put("ref", action.ref());
		}
		json.put("title", action.title());
		refs(plan, json, "leads", action.leads());
		when(json, "start", action.start());
		when(json, "due", action.due());
		action.deadline().ifPresent(d -> json.put("deadline", d.toString()));
		action.status().ifPresent(s -> json.put("status", s.getLiteral()));
		action.latestRag().ifPresent(r -> json.put("rag", r.getLiteral()));
		json.put("complete", action.isComplete());
		json.put("overdue", asOf.isOverdue(action));
		texts(json, Members.of(action.action(), TextItem.class));
		ArrayNode targets = json.putArray("targets");
		action.targets().forEach(t -> targets.add(target(plan, t)));
		points(plan, json, "points", action.points());
		ArrayNode progress = json.putArray("progress");
		action.progress().forEach(p -> progress.add(progress(p)));
		ArrayNode costs = json.putArray("costs");
		action.costs().forEach(c -> costs.add(cost(c)));
		ArrayNode dependsOn = json.putArray("dependsOn");
		action.dependsOn().forEach(a -> dependsOn.add(plan.action(a).map(plan::key)
				.orElseGet(() -> a.getName() == null ? a.getTitle() : Plans.nameFrom(plan.id(), a))));
		refs(plan, json, "addresses", action.addresses());
		strings(json, "tags", action.tags());
		strings(json, "notes", action.notes());
		return json;
	}

	private ObjectNode target(PlanFacts plan, Target target) {
		ObjectNode json = MAPPER.createObjectNode();
		if (target.getMeasure() != null) {
			json.put("measure", Plans.nameFrom(plan.id(), target.getMeasure()));
		}
		if (target.getValue() != null) {
			json.put("comparator", target.getComparator().getLiteral());
			json.set("value", quantity(target.getValue()));
		}
		date(json, "by", target.getDate());
		optional(json, "text", target.getText());
		points(plan, json, "points", target.getPoints());
		return json;
	}

	private ObjectNode progress(Progress progress) {
		ObjectNode json = MAPPER.createObjectNode();
		date(json, "date", progress.getDate());
		if (Plans.isWritten(progress, "rag")) {
			json.put("rag", progress.getRag().getLiteral());
		}
		if (Plans.isWritten(progress, "status")) {
			json.put("status", progress.getStatus().getLiteral());
		}
		optional(json, "text", progress.getText());
		return json;
	}

	private ObjectNode cost(Cost cost) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("none", cost.isNone());
		if (cost.getAmount() != null) {
			json.set("amount", quantity(cost.getAmount()));
		}
		optional(json, "text", cost.getText());
		return json;
	}

	private void points(PlanFacts plan, ArrayNode array, List<? extends MeasurePoint> points) {
		for (MeasurePoint point : points) {
			ObjectNode json = array.addObject();
			json.put("kind", Words.pointKind(point));
			if (MeasureFacts.measureOf(point) != null) {
				json.put("measure", Plans.nameFrom(plan.id(), MeasureFacts.measureOf(point)));
			}
			json.set("value", quantity(MeasureFacts.valueOf(point)));
			date(json, "date", MeasureFacts.dateOf(point));
			optional(json, "text", MeasureFacts.textOf(point));
		}
	}

	private void points(PlanFacts plan, ObjectNode json, String key, List<? extends MeasurePoint> points) {
		points(plan, json.putArray(key), points);
	}

	private ObjectNode quantity(Quantity quantity) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("value", quantity.getValue());
		if (Plans.isWritten(quantity, "unit")) {
			json.put("unit", quantity.getUnit().getLiteral());
		}
		optional(json, "currency", quantity.getCurrency());
		return json;
	}

	private static void when(ObjectNode json, String key, When when) {
		if (!when.isGiven()) {
			return;
		}
		ObjectNode w = json.putObject(key);
		w.put("text", when.describe());
		if (when.timing().getDate() != null) {
			date(w, "date", when.timing().getDate());
		}
		w.put("from", when.from());
		w.put("ongoing", when.ongoing());
		w.put("tbc", when.tbc());
		if (when.cadence() != null) {
			w.put("cadence", Cadences.describe(when.cadence()));
		}
		optional(w, "words", when.text());
	}

	/** A date as written and, when it is a real date, the first and last day it covers. */
	private static void date(ObjectNode json, String key, String text) {
		if (text == null) {
			return;
		}
		Optional<DateSpan> span = DateSpan.parse(text);
		json.set(key, span.map(JsonTarget::span).orElseGet(() -> MAPPER.createObjectNode().put("text", text)));
	}

	private static ObjectNode span(DateSpan span) {
		return MAPPER.createObjectNode().put("text", span.text()).put("first", span.first().toString()).put("last",
				span.last().toString());
	}

	private static void texts(ObjectNode json, List<TextItem> items) {
		ObjectNode texts = json.putObject("texts");
		for (TextKind kind : TextKind.values()) {
			List<String> of = items.stream().filter(t -> t.getKind() == kind).map(TextItem::getText).toList();
			if (!of.isEmpty()) {
				strings(texts, kind.getLiteral(), of);
			}
		}
	}

	private static void refs(PlanFacts plan, ObjectNode json, String key, List<? extends EObject> declarations) {
		strings(json, key, declarations.stream().map(d -> Plans.nameFrom(plan.id(), d)).toList());
	}

	private static void strings(ObjectNode json, String key, List<String> values) {
		ArrayNode array = json.putArray(key);
		values.forEach(array::add);
	}

	private static void optional(ObjectNode json, String key, String value) {
		if (value != null) {
			json.put(key, value);
		}
	}
}
