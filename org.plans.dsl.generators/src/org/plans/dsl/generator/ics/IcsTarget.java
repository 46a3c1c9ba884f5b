package org.plans.dsl.generator.ics;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.plans.dsl.escaping.Ics;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.AsOfDate;
import org.plans.dsl.facts.Cadences;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.facts.PointFacts;
import org.plans.dsl.facts.When;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.generator.PlanFileTarget;
import org.plans.dsl.generator.text.LeadWords;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.naming.FileNames;
import org.plans.dsl.plans.Board;
import org.plans.dsl.plans.Deliverable;
import org.plans.dsl.plans.Milestone;
import org.plans.dsl.plans.Status;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * {@code ics}: an iCalendar file per plan (RFC 5545) with a to-do per action and deliverable deadline, an
 * all-day event per milestone, and a recurring all-day event per board that meets on a
 * cadence, from the plan's start (covers, else issued) to the end of the period it covers.
 * <p>
 * Deterministic: UIDs are built from the plan id and the action's reference (or its place
 * in the plan), the measure and date of a milestone, the board's name; DTSTAMP is midnight
 * UTC at the start of the as-of date (the caller's {@code --as-of}, else the plan's "as of").
 * A plan with nothing dated gets no file (RFC 5545 wants at least one component), and a note
 * says so; so does a board with a cadence in a plan that gives no period to start its meetings.
 */
public class IcsTarget extends PlanFileTarget {

	public IcsTarget() {
		super("ics", ".ics", "an iCalendar file: to-dos for action deadlines, events for milestones and board meetings");
	}

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.BASIC_ISO_DATE;

	@Override
	public void generate(GenerationContext context, OutputFiles out) throws IOException {
		for (PlanFacts plan : context.plans()) {
			for (Board board : plan.boards()) {
				if (board.getCadence() != null && plan.startDate().isEmpty()) {
					context.note("ics: " + plan.id() + ": board " + board.getName() + " meets " + Cadences.describe(board.getCadence())
							+ " but the plan gives no period (covers or issued): no meetings in the calendar");
				}
			}
			Optional<String> calendar = calendar(plan, context.asOf(plan));
			if (calendar.isPresent()) {
				out.write(FileNames.safe(plan.id()) + ".ics", calendar.get());
			} else {
				context.note("ics: " + plan.id() + ": no deadlines, milestones or board meetings: no calendar written");
			}
		}
	}

	@Override
	protected String render(GenerationContext context, PlanFacts plan) {
		return calendar(plan, context.asOf(plan)).orElse("");
	}

	/** The calendar's text, or none when the plan has nothing dated to put in it. */
	Optional<String> calendar(PlanFacts plan, AsOfDate asOf) {
		Instant stamp = asOf.stamp().atStartOfDay(ZoneOffset.UTC).toInstant();
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//plans//plans generate ics//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", Ics.text(plan.title())));
		List<CalendarComponent> components = new ArrayList<>();
		for (ActionFacts action : plan.actions()) {
			action.deadline().ifPresent(due -> components.add(todo(plan, action, due, stamp)));
			for (int i = 0; i < action.deliverables().size(); i++) {
				Deliverable deliverable = action.deliverables().get(i);
				String uid = uid(plan, "action/" + plan.key(action) + "/deliverable/" + (i + 1));
				When.of(deliverable.getDue()).deadline()
						.ifPresent(due -> components.add(deliverable(action, deliverable, due, uid, stamp)));
			}
		}
		Set<String> uids = new HashSet<>();
		for (MeasureFacts measure : plan.measures()) {
			for (Milestone milestone : measure.milestones()) {
				Optional<LocalDate> day = MeasureFacts.dayOf(milestone);
				String uid = uid(plan, "milestone/" + measure.measure().getName() + "/" + milestone.getDate() + "/"
						+ Words.quantity(milestone.getValue()));
				if (day.isPresent() && uids.add(uid)) {
					components.add(milestone(measure, milestone, day.get(), uid, stamp));
				}
			}
		}
		Optional<LocalDate> start = plan.startDate();
		for (Board board : plan.boards()) {
			if (board.getCadence() != null && start.isPresent()) {
				components.add(meetings(plan, board, start.get(), stamp));
			}
		}
		if (components.isEmpty()) {
			return Optional.empty();
		}
		components.forEach(calendar::add);
		return Optional.of(Ics.fold(calendar.toString()));
	}

	private VToDo todo(PlanFacts plan, ActionFacts action, LocalDate due, Instant stamp) {
		VToDo todo = new VToDo(false);
		todo.add(new Uid(uid(plan, "action/" + plan.key(action))));
		todo.add(new DtStamp(stamp));
		todo.add(new Summary(Ics.text(action.label())));
		action.start().firstDay().filter(d -> d.isBefore(due)).ifPresent(d -> todo.add(new DtStart<>(d)));
		todo.add(new Due<>(due));
		todo.add(status(action.status()));
		List<String> lines = new ArrayList<>();
		if (action.priority() != null) {
			lines.add(Words.priority(action.priority()));
		}
		lines.add("Lead: " + Words.leads(action));
		if (!action.involved().isEmpty()) {
			lines.add("Involves: " + Words.parties(action.involved()));
		}
		lines.add("Due: " + Words.due(action));
		lines.add("RAG: " + Words.rag(action.latestRag()));
		action.targets().forEach(t -> lines.add("Target: " + Words.target(t)));
		todo.add(new Description(Ics.text(String.join("\n", lines))));
		if (!action.tags().isEmpty()) {
			Categories categories = new Categories();
			action.tags().forEach(t -> categories.addCategory(Ics.text(t)));
			todo.add(categories);
		}
		return todo;
	}

	/** A to-do for a deliverable with a deadline, its status its own (not started when it gives none). */
	private VToDo deliverable(ActionFacts action, Deliverable deliverable, LocalDate due, String uid, Instant stamp) {
		VToDo todo = new VToDo(false);
		todo.add(new Uid(uid));
		todo.add(new DtStamp(stamp));
		todo.add(new Summary(Ics.text("Deliverable: " + deliverable.getTitle())));
		todo.add(new Due<>(due));
		todo.add(status(Plans.isWritten(deliverable, "status") ? Optional.of(deliverable.getStatus()) : Optional.empty()));
		todo.add(new Description(Ics.text("Deliverable of " + action.label() + "\n" + Words.deliverable(deliverable))));
		return todo;
	}

	private static net.fortuna.ical4j.model.property.Status status(Optional<Status> status) {
		return switch (status.orElse(Status.NOT_STARTED)) {
		case COMPLETE -> ImmutableStatus.VTODO_COMPLETED;
		case CANCELLED -> ImmutableStatus.VTODO_CANCELLED;
		case IN_PROGRESS -> ImmutableStatus.VTODO_IN_PROCESS;
		case NOT_STARTED, ON_HOLD -> ImmutableStatus.VTODO_NEEDS_ACTION;
		};
	}

	private VEvent milestone(MeasureFacts measure, Milestone milestone, LocalDate day, String uid, Instant stamp) {
		VEvent event = new VEvent(false);
		event.add(new Uid(uid));
		event.add(new DtStamp(stamp));
		event.add(new DtStart<>(day));
		event.add(new DtEnd<>(day.plusDays(1)));
		event.add(new Summary(Ics.text("Milestone: " + measure.measure().getTitle() + " "
				+ PointFacts.comparator(milestone).map(c -> Words.comparator(c) + " ").orElse("") + Words.quantity(milestone.getValue()))));
		event.add(new Description(Ics.text("Milestone " + Words.point(milestone)
				+ measure.direction().map(d -> "; " + d.getLiteral() + " is better").orElse(""))));
		return event;
	}

	private VEvent meetings(PlanFacts plan, Board board, LocalDate start, Instant stamp) {
		VEvent event = new VEvent(false);
		event.add(new Uid(uid(plan, "board/" + board.getName())));
		event.add(new DtStamp(stamp));
		event.add(new DtStart<>(start));
		event.add(new DtEnd<>(start.plusDays(1)));
		event.add(new RRule<>(recurrence(Cadences.period(board.getCadence()))
				+ plan.coversTo().map(to -> ";UNTIL=" + UNTIL.format(to.last())).orElse("")));
		event.add(new Summary(Ics.text(board.getTitle() + " (meets " + Cadences.describe(board.getCadence()) + ")")));
		List<String> lines = new ArrayList<>();
		if (board.getChair() != null) {
			lines.add("Chair: " + LeadWords.post(board.getChair()));
		}
		if (!board.getOversees().isEmpty()) {
			lines.add("Oversees: " + String.join("; ", board.getOversees().stream().map(Words::block).toList()));
		}
		if (board.getReportsTo() != null) {
			lines.add("Reports to: " + board.getReportsTo().getTitle());
		}
		lines.add("Dates are nominal: the plan gives how often the board meets, not the day.");
		event.add(new Description(Ics.text(String.join("\n", lines))));
		return event;
	}

	/** FREQ and INTERVAL for a period of whole weeks, months or years. */
	public static String recurrence(Period period) {
		if (period.getYears() > 0 && period.getMonths() == 0) {
			return "FREQ=YEARLY" + interval(period.getYears());
		}
		if (period.toTotalMonths() > 0) {
			return "FREQ=MONTHLY" + interval((int) period.toTotalMonths());
		}
		return "FREQ=WEEKLY" + interval(Math.max(1, period.getDays() / 7));
	}

	private static String interval(int count) {
		return count == 1 ? "" : ";INTERVAL=" + count;
	}

	/** Stable across runs: the plan id and what the component is about. */
	private static String uid(PlanFacts plan, String what) {
		return Ics.text(plan.id() + "/" + what + "@plans");
	}
}
