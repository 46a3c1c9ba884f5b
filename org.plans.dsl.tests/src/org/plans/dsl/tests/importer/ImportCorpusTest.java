package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.importer.CorpusTally.Count.DEADLINES;
import static org.plans.dsl.tests.importer.CorpusTally.Count.EXPECTED;
import static org.plans.dsl.tests.importer.CorpusTally.Count.FINDINGS;
import static org.plans.dsl.tests.importer.CorpusTally.Count.FINDINGS_FOUND;
import static org.plans.dsl.tests.importer.CorpusTally.Count.FOUND;
import static org.plans.dsl.tests.importer.CorpusTally.Count.IMPORTED;
import static org.plans.dsl.tests.importer.CorpusTally.Count.MEASURES;
import static org.plans.dsl.tests.importer.CorpusTally.Count.MEASURES_FOUND;
import static org.plans.dsl.tests.importer.CorpusTally.Count.PERSONS;
import static org.plans.dsl.tests.importer.CorpusTally.Count.SECTIONS;
import static org.plans.dsl.tests.importer.CorpusTally.Count.SPONSORS;
import static org.plans.dsl.tests.importer.CorpusTally.Count.SPONSORS_RIGHT;
import static org.plans.dsl.tests.importer.CorpusTally.Count.SPURIOUS;
import static org.plans.dsl.tests.importer.CorpusTally.Count.STATES;
import static org.plans.dsl.tests.importer.CorpusTally.Count.STATES_RIGHT;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.importer.Importer;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Person;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.SourceKind;
import org.plans.dsl.plans.SponsorItem;
import org.plans.dsl.plans.Status;
import org.plans.dsl.tests.importer.CorpusFixtures.Expected;
import org.plans.dsl.tests.importer.CorpusFixtures.Fixture;

/**
 * A corpus of plans in other councils' wordings and layouts (tabs, pipes, CSV), each compared
 * with its expected plan, and measured row by row against what a reader would take from it:
 * actions found, persons with their roles, deadlines, sections, spurious actions.
 */
public class ImportCorpusTest extends ImportCase {

	private static final List<Fixture> FIRST = List.of(new Fixture("eastvale.tsv", String.join("\n",
			"Eastvale Council – Children's Services Improvement Plan", "",
			"Theme A: Leadership and management",
			"Ref\tWhat we will do\tWho\tWhen",
			"A1\tCreate a practice quality board\tDee Marsh (DCS)\tMarch 2024",
			"A2\tPublish a quarterly performance report\tOmar Ali, Head of Performance\tQ2 2024/25",
			"Theme B: Workforce",
			"Ref\tWhat we will do\tWho\tWhen",
			"B1\tRecruit permanent team managers\tHR / Gita Rao (SM)\tSeptember 2024",
			"B2\tStart a social work academy\tGita Rao and Tom Lunn, Service Managers\tAutumn 2024") + "\n",
			Map.of("A1", new Expected("A", "2024-03", "Dee Marsh as Director of Children's Services"),
					"A2", new Expected("A", "2024-09", "Omar Ali as Head of Performance"),
					"B1", new Expected("B", "2024-09", "HR, Gita Rao as Service Manager"),
					"B2", new Expected("B", "2024-11", "Gita Rao as Service Manager, Tom Lunn as Service Manager"))),
			new Fixture("westshire.md", """
					# Westshire improvement plan

					Improvement Commitment 1 – Children are seen and heard

					| No | Action | Lead officer | Target date | Progress |
					| --- | --- | --- | --- | --- |
					| 1.1 | Audit visits every month | HoS: Kim Young | June 2024 | RAG: Amber. Audits started |
					| 1.2 | Train staff in direct work | Kim Young | TBC | |

					Improvement Commitment 2 – Plans are timely

					| No | Action | Lead officer | Target date | Progress |
					| --- | --- | --- | --- | --- |
					| 2.1 | Track plans weekly | Ray Cole (IRO) | With immediate effect | Marked as green |
					| 2.2 | Review panels | Ray Cole; Ann Ford, PSW | December 2024 | |
					""", Map.of("1.1", new Expected("1", "2024-06", "Kim Young as Head of Service"), "1.2",
					new Expected("1", "", "Kim Young as Head of Service"), "2.1",
					new Expected("2", "", "Ray Cole as Independent Reviewing Officer"), "2.2",
					new Expected("2", "2024-12",
							"Ray Cole as Independent Reviewing Officer, Ann Ford as Principal Social Worker"))),
			new Fixture("northby.csv", """
					Ref,Priority,Action,Responsible,Deadline
					Priority 1: Early help,,,,
					1,Early help,Open two family hubs,Lena Ortiz (AD),May 2024
					2,Early help,Join up the front door,Lena Ortiz; Police,July 2024
					Priority 2: Care leavers,,,,
					3,Care leavers,Offer every care leaver a mentor,Sam Byrne,Ongoing
					""", Map.of("1", new Expected("1", "2024-05", "Lena Ortiz as Assistant Director"), "2",
					new Expected("1", "2024-07", "Lena Ortiz as Assistant Director, Police"), "3",
					new Expected("2", "", "Sam Byrne"))));

	@Test
	void corpusImportsAsExpected() throws IOException {
		List<Fixture> corpus = new ArrayList<>(FIRST);
		corpus.addAll(CorpusFixtures.MORE);
		corpus.addAll(CorpusLayouts.ALL);
		CorpusTally tally = new CorpusTally();
		for (Fixture fixture : corpus) {
			Path file = dir.resolve(fixture.name());
			fixture.source().write(file);
			Importer.Result result = imports.file(file);
			Imports.assertMatchesGolden("import/corpus/" + fixture.name() + ".plan", result.text());
			imports.assertValidAndStable(fixture.name(), result);
			measure(tally, fixture, imports.facts(result));
		}
		String report = tally.report();
		assertTrue(tally.atLeast(FOUND, 0.95, EXPECTED), report);
		assertTrue(tally.atLeast(PERSONS, 0.90, EXPECTED), report);
		assertTrue(tally.atLeast(DEADLINES, 0.90, EXPECTED), report);
		assertTrue(tally.atLeast(SECTIONS, 0.85, EXPECTED), report);
		assertTrue(tally.get(SPURIOUS) < 0.10 * tally.get(IMPORTED), report);
		// measure tables become measures, findings findings, ownership tables sponsors: none of them actions
		assertTrue(tally.atLeast(MEASURES_FOUND, 0.95, MEASURES), report);
		assertTrue(tally.atLeast(FINDINGS_FOUND, 0.95, FINDINGS), report);
		assertTrue(tally.atLeast(SPONSORS_RIGHT, 0.90, SPONSORS), report);
		// a RAG is read from a "Status" column's values as from a "RAG" column; status words stay statuses
		assertTrue(tally.atLeast(STATES_RIGHT, 0.95, STATES), report);
		assertTrue(tally.get(EXPECTED) >= 38 && tally.get(MEASURES) >= 10 && tally.get(FINDINGS) >= 6
				&& tally.get(SPONSORS) >= 6 && tally.get(STATES) >= 11, "the corpus shrank: " + report);
	}

	/** Compares one import with what a reader takes from its source. */
	private static void measure(CorpusTally tally, Fixture fixture, PlanFacts facts) {
		Map<String, ActionFacts> byRef = facts.actions().stream()
				.collect(Collectors.toMap(ActionFacts::ref, a -> a, (a, b) -> a));
		tally.add(IMPORTED, byRef.size());
		tally.add(SPURIOUS, (int) byRef.keySet().stream().filter(ref -> !fixture.actions().containsKey(ref)).count());
		tally.add(MEASURES, fixture.measures());
		tally.add(MEASURES_FOUND, Math.min(fixture.measures(), facts.measures().size()));
		tally.add(FINDINGS, fixture.findings());
		tally.add(FINDINGS_FOUND, Math.min(fixture.findings(),
				(int) facts.sources().stream().filter(s -> s.getKind() == SourceKind.FINDING).count()));
		for (Map.Entry<String, String> e : fixture.sponsors().entrySet()) {
			tally.add(SPONSORS, 1);
			tally.check(SPONSORS_RIGHT, fixture.name() + " sponsor of " + e.getKey(), e.getValue(), sponsorOf(facts, e.getKey()));
		}
		for (Map.Entry<String, String> e : fixture.states().entrySet()) {
			tally.add(STATES, 1);
			ActionFacts action = byRef.get(e.getKey());
			tally.check(STATES_RIGHT, fixture.name() + " " + e.getKey() + ": RAG and status", e.getValue(),
					action == null ? "not found" : state(action));
		}
		for (Map.Entry<String, Expected> e : fixture.actions().entrySet()) {
			tally.add(EXPECTED, 1);
			ActionFacts action = byRef.get(e.getKey());
			String where = fixture.name() + " " + e.getKey() + ": ";
			if (action == null) {
				tally.miss(where + "not found");
				continue;
			}
			tally.add(FOUND, 1);
			tally.check(PERSONS, where + "leads", e.getValue().leads(), leads(action.leads()));
			tally.check(DEADLINES, where + "due", e.getValue().due(),
					action.deadline().map(d -> YearMonth.from(d).toString()).orElse(""));
			tally.check(SECTIONS, where + "section", e.getValue().section(), action.priority().getName());
		}
	}

	/** "amber", "complete", "green complete": the action's latest RAG and its status, as the plan's facts give them. */
	private static String state(ActionFacts action) {
		return (action.latestRag().map(Rag::getLiteral).orElse("") + " "
				+ action.status().map(Status::getLiteral).orElse("")).strip();
	}

	/** The sponsors' titles of the priority numbered {@code number}. */
	private static String sponsorOf(PlanFacts facts, String number) {
		return facts.priorities().stream().filter(p -> number.equals(p.getName()))
				.flatMap(p -> p.getMembers().stream()).filter(SponsorItem.class::isInstance)
				.flatMap(m -> ((SponsorItem) m).getSponsors().stream()).map(Party::getTitle)
				.collect(Collectors.joining(", "));
	}

	private static String leads(List<Party> leads) {
		return leads.stream().map(ImportCorpusTest::lead).collect(Collectors.joining(", "));
	}

	private static String lead(Party party) {
		if (!(party instanceof Person person)) {
			return party.getTitle();
		}
		String roles = person.getRoles().isEmpty() ? ""
				: " as " + person.getRoles().stream().map(Party::getTitle).collect(Collectors.joining("+"));
		return person.getTitle() + roles + (person.getOrganisation() == null ? "" : " of " + person.getOrganisation().getTitle());
	}
}
