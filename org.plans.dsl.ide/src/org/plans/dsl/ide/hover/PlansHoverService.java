package org.plans.dsl.ide.hover;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.plans.dsl.escaping.Markdown;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.PlanFactsCache;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.facts.PointFacts;
import org.plans.dsl.facts.TargetFacts;
import org.plans.dsl.ide.PlanLabels;
import org.plans.dsl.ide.SourceText;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Board;
import org.plans.dsl.plans.Deliverable;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.Milestone;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Person;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.plans.Position;
import org.plans.dsl.plans.Progress;
import org.plans.dsl.plans.Role;
import org.plans.dsl.plans.Source;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.Team;

import com.google.inject.Inject;

/**
 * Hover text (Markdown) for people, roles, teams, partners and boards, actions and measures, read from the
 * plan's facts over all its files.
 */
public class PlansHoverService extends HoverService {

	@Inject
	private PlanFactsCache facts;

	@Override
	protected String getKind(HoverContext context) {
		return MarkupKind.MARKDOWN;
	}

	@Override
	public String getContents(EObject element) {
		PlanFile file = element == null ? null : EcoreUtil2.getContainerOfType(element, PlanFile.class);
		if (file == null) {
			return null;
		}
		PlanFacts plan = facts.of(file);
		if (element instanceof Party party) {
			return party(party, plan);
		}
		if (element instanceof Action action) {
			return plan.action(action).map(this::action).orElse(null);
		}
		if (element instanceof Measure measure) {
			MeasureFacts facts = plan.measure(measure);
			return facts == null ? null : measure(facts, plan);
		}
		if (element instanceof Source source) {
			return source(source, plan);
		}
		return super.getContents(element);
	}

	String party(Party party, PlanFacts plan) {
		StringBuilder md = new StringBuilder();
		md.append("**").append(Markdown.oneLine(party.getTitle())).append("** (`").append(party.getName()).append("`) — ")
				.append(PlanLabels.kind(party)).append("\n\n");
		if (party instanceof Person person && !person.getRoles().isEmpty()) {
			md.append("Roles: ").append(titles(person.getRoles()));
			if (person.isInterim()) {
				md.append(" — interim").append(person.getUntil() == null ? "" : " until " + person.getUntil());
			}
			md.append("\n\n");
		}
		if (party instanceof Person person && person.getOrganisation() != null) {
			md.append("Of: ").append(Markdown.oneLine(person.getOrganisation().getTitle())).append("\n\n");
		}
		if (party instanceof Role role) {
			List<Person> holders = plan.holdersOf(role);
			md.append(role.isVacant() ? "Vacant post" : holders.isEmpty() ? "Held by nobody named" : "Held by " + titles(holders))
					.append("\n\n");
		}
		if (party instanceof Team team && !team.getMembers().isEmpty()) {
			md.append("Members: ").append(titles(team.getMembers())).append("\n\n");
		}
		if (party instanceof Board board) {
			board(board, md);
		}
		List<ActionFacts> led = plan.actionsLedBy(party);
		if (led.isEmpty()) {
			md.append("Leads no actions.");
		} else {
			md.append("Leads ").append(led.size()).append(led.size() == 1 ? " action:" : " actions:").append("\n");
			for (ActionFacts action : led) {
				md.append("- ").append(Markdown.oneLine(PlanLabels.label(action.action())));
				String due = action.due().describe();
				if (!due.isEmpty()) {
					md.append(" — due ").append(Markdown.oneLine(due));
				}
				action.latestRag().ifPresent(rag -> md.append(", ").append(rag.getLiteral()));
				md.append("\n");
			}
		}
		long supports = plan.actions().stream().filter(a -> a.supporters().contains(party)).count();
		long involved = plan.actions().stream().filter(a -> a.involved().contains(party)).count();
		if (supports > 0) {
			md.append("\n\nSupports ").append(supports).append(supports == 1 ? " action" : " actions");
		}
		if (involved > 0) {
			md.append("\n\nTakes part in ").append(involved).append(involved == 1 ? " action" : " actions");
		}
		return md.toString().trim();
	}

	/** A recommendation or finding: its category, the one it comes under, where it is from, whether an action addresses it. */
	String source(Source source, PlanFacts plan) {
		StringBuilder md = new StringBuilder();
		md.append("**").append(Markdown.oneLine(source.getText())).append("** (`").append(source.getName()).append("`) — ")
				.append(source.getKind().getLiteral());
		if (source.getCategory() != null) {
			md.append(", ").append(source.getCategory().getLiteral().replace('-', ' '));
		}
		md.append("\n\n");
		if (source.getParent() != null && !source.getParent().eIsProxy()) {
			md.append("Under: ").append(source.getParent().getName()).append(' ')
					.append(Markdown.oneLine(source.getParent().getText())).append("\n\n");
		}
		if (source.getOrigin() != null || source.getDate() != null) {
			md.append("From").append(source.getOrigin() == null ? "" : " " + Markdown.oneLine(source.getOrigin()))
					.append(source.getDate() == null ? "" : ", dated " + Markdown.oneLine(source.getDate()))
					.append("\n\n");
		}
		md.append(plan.addressed().contains(source) ? "Addressed by the plan" : "Not addressed: no `addresses` line names it");
		return md.toString().trim();
	}

	private static void board(Board board, StringBuilder md) {
		if (board.getChair() != null) {
			md.append("Chair: ").append(Markdown.oneLine(board.getChair().getTitle())).append("\n\n");
		}
		if (board.getCadence() != null) {
			md.append("Meets ").append(Markdown.oneLine(SourceText.of(board.getCadence()))).append("\n\n");
		}
		if (!board.getOversees().isEmpty()) {
			md.append("Oversees: ").append(board.getOversees().stream().map(PlanLabels::label).map(Markdown::oneLine)
					.collect(Collectors.joining(", "))).append("\n\n");
		}
	}

	private static String titles(List<? extends Party> parties) {
		return parties.stream().map(Party::getTitle).map(Markdown::oneLine).collect(Collectors.joining(", "));
	}

	String action(ActionFacts action) {
		StringBuilder md = new StringBuilder();
		md.append("**Action");
		if (!action.ref().isEmpty()) {
			md.append(' ').append(action.ref());
		}
		md.append("** ").append(Markdown.oneLine(action.title())).append("\n\n");
		if (action.priority() != null) {
			md.append(action.priority().getKind().getLiteral()).append(' ')
					.append(Markdown.oneLine(PlanLabels.label(action.priority()))).append("\n\n");
		}
		if (!action.leads().isEmpty()) {
			md.append("Lead: ").append(titles(action.leads())).append("\n\n");
		} else if (ActionFacts.saysNoLead(action.action())) {
			md.append("Lead: none stated\n\n");
		}
		if (!action.supporters().isEmpty()) {
			md.append("Supported by: ").append(titles(action.supporters())).append("\n\n");
		}
		if (!action.involved().isEmpty()) {
			md.append("Involves: ").append(titles(action.involved())).append("\n\n");
		}
		md.append("Due: ").append(action.due().isGiven() ? Markdown.oneLine(action.due().describe()) : "not given");
		if (action.due().approximate()) {
			md.append(" — approximately");
			action.deadline().ifPresent(day -> md.append(", judged at ").append(day));
		}
		md.append("\n\n");
		if (!action.deliverables().isEmpty()) {
			md.append("Deliverables:\n");
			for (Deliverable deliverable : action.deliverables()) {
				md.append("- ").append(Markdown.oneLine(deliverable.getTitle()));
				if (deliverable.getDue() != null) {
					md.append(" — due ").append(Markdown.oneLine(SourceText.of(deliverable.getDue()).replaceFirst("^due ", "")));
				}
				if (Plans.isWritten(deliverable, "status")) {
					md.append(", ").append(deliverable.getStatus().getLiteral());
				}
				md.append("\n");
			}
			md.append("\n");
		}
		if (!action.costs().isEmpty()) {
			md.append("Cost: ").append(action.costs().stream().map(SourceText::of).map(c -> c.replaceFirst("^cost ", ""))
					.map(Markdown::oneLine).collect(Collectors.joining("; "))).append("\n\n");
		}
		Optional<Progress> latest = action.latestProgress();
		if (latest.isPresent()) {
			md.append("Latest progress: ").append(Markdown.oneLine(SourceText.of(latest.get()))).append("\n\n");
		}
		action.latestRag().ifPresent(rag -> md.append("RAG: ").append(rag.getLiteral()).append("\n\n"));
		action.status().ifPresent(status -> md.append("Status: ").append(status.getLiteral()).append("\n\n"));
		return md.toString().trim();
	}

	String measure(MeasureFacts measure, PlanFacts plan) {
		Measure m = measure.measure();
		StringBuilder md = new StringBuilder();
		md.append("**").append(Markdown.oneLine(m.getTitle())).append("** (`").append(m.getName()).append("`) — measure\n\n");
		measure.unit().ifPresent(unit -> {
			md.append("Unit: ").append(Markdown.oneLine(SourceText.of(m.getUnit())).replaceFirst("^unit ", ""));
			measure.direction().ifPresent(d -> md.append("; ").append(d.getLiteral()).append(" is better"));
			md.append("\n\n");
		});
		if (measure.unit().isEmpty()) {
			measure.direction().ifPresent(d -> md.append(d.getLiteral()).append(" is better\n\n"));
		}
		measure.frequency().ifPresent(f -> md.append("Measured ").append(Markdown.oneLine(SourceText.of(f))).append("\n\n"));
		measure.source().ifPresent(source -> md.append("Source: ").append(Markdown.oneLine(source)).append("\n\n"));
		measure.baselines().forEach(b -> md.append("Baseline: ").append(pointValue(b)).append(" at ").append(b.getDate())
				.append("\n\n"));
		if (!measure.milestones().isEmpty()) {
			md.append("Milestones: ").append(measure.milestones().stream()
					.map(ms -> PointFacts.comparator(ms).map(c -> c.getLiteral() + " ").orElse("")
							+ Markdown.oneLine(SourceText.of(ms.getValue())) + " by " + ms.getDate()).distinct()
					.collect(Collectors.joining(", "))).append("\n\n");
		}
		for (Target target : measure.targets()) {
			if (TargetFacts.formOf(target) != TargetFacts.Form.NONE) {
				md.append("Target: ").append(Markdown.oneLine(SourceText.of(target))).append("\n\n");
			}
		}
		Optional<Position> latest = measure.latestPosition();
		if (latest.isEmpty()) {
			md.append("No position reported yet.");
		} else {
			Position position = latest.get();
			md.append("Latest position: ").append(pointValue(position)).append(" at ").append(position.getDate());
			PointFacts.label(position).ifPresent(l -> md.append(" for ").append(Markdown.oneLine(l)));
			PointFacts.verdict(position).ifPresent(v -> md.append(", ").append(v.getLiteral()));
			PointFacts.rag(position).ifPresent(r -> md.append(", ").append(r.getLiteral()));
			measure.standing(position).ifPresent(standing -> {
				EObject goal = standing.goal().source();
				md.append(" — ").append(goal instanceof Milestone ms
						? "milestone " + Markdown.oneLine(SourceText.of(ms.getValue())) + " by " + ms.getDate()
						: "target " + Markdown.oneLine(SourceText.of(goal)));
				md.append(switch (standing.judgement()) {
				case REACHED -> ": reached";
				case BEHIND -> standing.isDue() ? ": behind" : ": not reached yet, not due";
				case UNKNOWN -> "";
				});
			});
		}
		return md.toString().trim();
	}

	/** A point's value as written, or its words when it has none (a qualitative point). */
	private static String pointValue(MeasurePoint point) {
		return PointFacts.isQualitative(point) ? "\"" + Markdown.oneLine(String.valueOf(point.getText())) + "\""
				: Markdown.oneLine(SourceText.of(point.getValue()));
	}
}
