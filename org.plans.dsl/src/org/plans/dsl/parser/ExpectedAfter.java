package org.plans.dsl.parser;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Board;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.Plan;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.Target;

/** What may follow each word of the language, in words a plan author uses. */
final class ExpectedAfter {

	private static final String DATE = "a date such as 2019-12, 2019-12-31, 2019-Q3 or 2019/20";
	private static final String TIMING = "a date such as 2019-12, 'from 2019-05', 'ongoing', 'quarterly' or 'tbc'";
	private static final String TEXT = "text in double quotes";
	private static final String PARTY = "the id of a declared person, role, team or partner (for example: lead sjs, hos)";
	private static final String VALUE = "a value such as 80% or 20";

	private static final Map<String, String> AFTER = Map.ofEntries(
			Map.entry("plan", "the plan's id, for example: plan cambs-2019 \"Action plan\""),
			Map.entry("due", TIMING), Map.entry("start", TIMING),
			Map.entry("by", DATE), Map.entry("at", DATE), Map.entry("dated", DATE), Map.entry("issued", DATE),
			Map.entry("of", DATE + " (as of), a number (10 of 11) or text in quotes (unit % of \"open cases\")"), Map.entry("covers", DATE), Map.entry("to", DATE), Map.entry("from", DATE),
			Map.entry("lead", PARTY), Map.entry("sponsor", PARTY),
			Map.entry("person", "an id for the person, for example: person sjs \"Sarah-Jane Smedmor\""),
			Map.entry("role", "an id for the role, for example: role hos \"Heads of Service\""),
			Map.entry("team", "an id for the team, for example: team hr \"HR\""),
			Map.entry("partner", "an id for the partner, for example: partner ccg \"CCG\""),
			Map.entry("as", "'of' and a date (in the plan header), or a role id (after a person)"),
			Map.entry("measure", "an id for the measure, for example: measure caseload \"Average caseload\""),
			Map.entry("board", "an id for the board, for example: board smt \"CYPS SMT\" meets monthly"),
			Map.entry("recommendation", "an id, for example: recommendation r1 \"Improve assessments\""),
			Map.entry("finding", "an id, for example: finding f1 \"Assessments are inconsistent\""),
			Map.entry("priority", "a number such as 1 and the priority's title in double quotes"),
			Map.entry("workstream", "a number such as 1 and the work stream's title in double quotes"),
			Map.entry("objective", "the objective's text in double quotes"),
			Map.entry("action", "a reference such as 1.1 (optional) and the action's text in double quotes"),
			Map.entry("target", "a measure id and a value with a date (target caseload <= 20 by 2019-12), or the target's text in double quotes"),
			Map.entry(">=", VALUE), Map.entry("<=", VALUE), Map.entry(">", VALUE), Map.entry("<", VALUE), Map.entry("=", VALUE),
			Map.entry("baseline", VALUE + " and 'at' with a date"),
			Map.entry("milestone", VALUE + " and 'by' with a date"),
			Map.entry("position", VALUE + " and 'at' with a date"),
			Map.entry("between", VALUE + ", 'and' and another value, for example: between 14 and 16"),
			Map.entry("increase", "'by' with an amount and a date (increase by 30 by 2026-03), or 'by' with a date"),
			Map.entry("decrease", "'by' with an amount and a date (decrease by 10% by 2024-03), or 'by' with a date"),
			Map.entry("per", "a period: week, month, quarter or year"),
			Map.entry("about", VALUE),
			Map.entry("over", DATE + ", 'to' and another date, for example: over 2022-03-31 to 2022-10-31"),
			Map.entry("for", "a label for a team, area or group, for example: for north"),
			Map.entry("measured", "how often: weekly, fortnightly, monthly, quarterly, termly, annually or 'every 2 months'"),
			Map.entry("source", TEXT),
			Map.entry("progress", "a date, a RAG rating (red, amber, green, blue) or the update in double quotes"),
			Map.entry("status", "a status: not-started, in-progress, complete, on-hold or cancelled"),
			Map.entry("unit", "a unit: %, count, days, weeks, months, years, ratio or money"),
			Map.entry("meets", "how often: weekly, fortnightly, monthly, quarterly, termly, annually or 'every 2 months'"),
			Map.entry("every", "a number and 'weeks', 'months' or 'years', for example: every 2 months"),
			Map.entry("oversees", "priority numbers, for example: oversees 1, 2"),
			Map.entry("depends", "'on' and action references, for example: depends on 1.2"),
			Map.entry("on", "action references, for example: depends on 1.2, 1.3"),
			Map.entry("addresses", "the ids of recommendations or findings, for example: addresses r1"),
			Map.entry("uses", "the id of another plan whose people and measures this plan uses"),
			Map.entry("tags", "one or more tags, for example: tags workforce, recruitment"),
			Map.entry("cost", "an amount such as £350, 'none', or " + TEXT),
			Map.entry("is", "'better', as in: higher is better"),
			Map.entry("higher", "'is better'"), Map.entry("lower", "'is better'"),
			Map.entry("and", "'ongoing' or how often, for example: due 2019-06 and ongoing"),
			Map.entry(",", "another id"),
			Map.entry("note", TEXT), Map.entry("description", TEXT), Map.entry("outcome", TEXT),
			Map.entry("indicator", TEXT), Map.entry("success", TEXT), Map.entry("resources", TEXT),
			Map.entry("reporting", TEXT), Map.entry("organisation", TEXT), Map.entry("version", TEXT),
			Map.entry("introduction", TEXT), Map.entry("vision", TEXT), Map.entry("strengths", TEXT),
			Map.entry("email", TEXT), Map.entry("github", TEXT), Map.entry("gitlab", TEXT), Map.entry("jira", TEXT),
			Map.entry("azure", TEXT), Map.entry("redmine", TEXT));

	private ExpectedAfter() {
	}

	static String describe(String previousWord) {
		return previousWord == null ? null : AFTER.get(previousWord);
	}

	/** What the innermost block around an error may contain. */
	static String insideBlock(EObject context) {
		for (EObject current = context; current != null; current = current.eContainer()) {
			if (current instanceof Action) {
				return "An action may contain: lead, start, due, description, outcome, indicator, success, target, "
						+ "baseline, milestone, position, progress, status, cost, resources, depends on, addresses, tags, note.";
			}
			if (current instanceof Objective) {
				return "An objective may contain: action, lead, due, outcome, description, target, addresses, note.";
			}
			if (current instanceof Priority) {
				return "A priority may contain: objective, action, lead, sponsor, due, outcome, description, target, addresses, note.";
			}
			if (current instanceof Target) {
				return "A target's block may contain: baseline, milestone, position.";
			}
			if (current instanceof Measure) {
				return "A measure's block may contain: baseline, milestone, position, description, note.";
			}
			if (current instanceof Board) {
				return "A board's block may contain: lead, description, note.";
			}
			if (current instanceof Plan) {
				return "The plan header may contain: organisation, version, issued, covers, as of, uses, introduction, "
						+ "vision, strengths, note.";
			}
			if (current instanceof PlanFile) {
				return "At the top level a plan declares: person, role, team, partner, measure, recommendation, finding, "
						+ "board, priority, workstream, note.";
			}
		}
		return null;
	}
}
