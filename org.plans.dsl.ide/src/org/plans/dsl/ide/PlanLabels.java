package org.plans.dsl.ide;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Board;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Plan;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.Source;

/**
 * How editors name a plan's parts: {@code sjs — Sarah-Jane Smedmor} for declarations,
 * {@code 1.1 Schedule further recruitment days} for priorities, objectives and actions.
 */
public final class PlanLabels {

	/** Titles longer than this are cut with an ellipsis in outlines and lists. */
	public static final int SHORT_TITLE = 60;

	private PlanLabels() {
	}

	/** The label of {@code obj}, or null when editors should not list it. */
	public static String label(EObject obj) {
		if (obj instanceof PlanFile file) {
			return file.getPlan() == null ? null : label(file.getPlan());
		}
		if (obj instanceof Plan plan) {
			return declared(plan.getName(), plan.getTitle());
		}
		if (obj instanceof Party party) {
			return declared(party.getName(), party.getTitle());
		}
		if (obj instanceof Measure measure) {
			return declared(measure.getName(), measure.getTitle());
		}
		if (obj instanceof Source source) {
			return declared(source.getName(), source.getText());
		}
		if (obj instanceof Board board) {
			return declared(board.getName(), board.getTitle());
		}
		if (obj instanceof Priority priority) {
			return numbered(priority.getName(), priority.getTitle());
		}
		if (obj instanceof Objective objective) {
			return numbered(objective.getName(), objective.getTitle());
		}
		if (obj instanceof Action action) {
			return numbered(action.getName(), action.getTitle());
		}
		return null;
	}

	/** What kind of thing {@code obj} is, in the plan's words: "person", "action", ... */
	public static String kind(EObject obj) {
		if (obj instanceof Party party) {
			return Plans.kindOf(party);
		}
		if (obj instanceof Source source) {
			return source.getKind().getLiteral();
		}
		if (obj instanceof Priority priority) {
			return priority.getKind().getLiteral();
		}
		if (obj instanceof PlanFile) {
			return "plan";
		}
		return obj.eClass().getName().toLowerCase(Locale.ROOT);
	}

	/** One line, at most {@link #SHORT_TITLE} characters. */
	public static String shorten(String text) {
		if (text == null) {
			return "";
		}
		String line = text.replaceAll("\\s+", " ").trim();
		return line.length() <= SHORT_TITLE ? line : line.substring(0, SHORT_TITLE - 1).trim() + "…";
	}

	private static String declared(String name, String title) {
		if (name == null) {
			return null;
		}
		return title == null ? name : name + " — " + shorten(title);
	}

	private static String numbered(String ref, String title) {
		if (title == null) {
			return ref;
		}
		return ref == null ? shorten(title) : ref + " " + shorten(title);
	}
}
