package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.plans.dsl.plans.SourceKind;
import org.plans.dsl.plans.SponsorItem;
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
		int expected = 0;
		int found = 0;
		int persons = 0;
		int deadlines = 0;
		int sections = 0;
		int imported = 0;
		int spurious = 0;
		int measures = 0;
		int measuresFound = 0;
		int findings = 0;
		int findingsFound = 0;
		int sponsors = 0;
		int sponsorsRight = 0;
		List<String> misses = new ArrayList<>();
		for (Fixture fixture : corpus) {
			Path file = dir.resolve(fixture.name());
			fixture.source().write(file);
			Importer.Result result = imports.file(file);
			Imports.assertMatchesGolden("import/corpus/" + fixture.name() + ".plan", result.text());
			imports.assertValidAndStable(fixture.name(), result);
			PlanFacts facts = imports.facts(result);
			Map<String, ActionFacts> byRef = facts.actions().stream()
					.collect(Collectors.toMap(ActionFacts::ref, a -> a, (a, b) -> a));
			imported += byRef.size();
			spurious += (int) byRef.keySet().stream().filter(ref -> !fixture.actions().containsKey(ref)).count();
			measures += fixture.measures();
			measuresFound += Math.min(fixture.measures(), facts.measures().size());
			findings += fixture.findings();
			findingsFound += Math.min(fixture.findings(),
					(int) facts.sources().stream().filter(s -> s.getKind() == SourceKind.FINDING).count());
			for (Map.Entry<String, String> e : fixture.sponsors().entrySet()) {
				sponsors++;
				sponsorsRight += count(misses, fixture.name() + " sponsor of " + e.getKey(), e.getValue(),
						sponsorOf(facts, e.getKey()));
			}
			for (Map.Entry<String, Expected> e : fixture.actions().entrySet()) {
				expected++;
				ActionFacts action = byRef.get(e.getKey());
				String where = fixture.name() + " " + e.getKey() + ": ";
				if (action == null) {
					misses.add(where + "not found");
					continue;
				}
				found++;
				persons += count(misses, where + "leads", e.getValue().leads(), leads(action.leads()));
				deadlines += count(misses, where + "due", e.getValue().due(),
						action.deadline().map(d -> YearMonth.from(d).toString()).orElse(""));
				sections += count(misses, where + "section", e.getValue().section(), action.priority().getName());
			}
		}
		String report = found + "/" + expected + " found, " + persons + " leads, " + deadlines + " deadlines, "
				+ sections + " sections right; " + spurious + "/" + imported + " spurious; " + measuresFound + "/"
				+ measures + " measures, " + findingsFound + "/" + findings + " findings, " + sponsorsRight + "/"
				+ sponsors + " sponsors\n" + String.join("\n", misses);
		assertTrue(found >= 0.95 * expected, report);
		assertTrue(persons >= 0.90 * expected, report);
		assertTrue(deadlines >= 0.90 * expected, report);
		assertTrue(sections >= 0.85 * expected, report);
		assertTrue(spurious < 0.10 * imported, report);
		// measure tables become measures, findings findings, ownership tables sponsors: none of them actions
		assertTrue(measuresFound >= 0.95 * measures, report);
		assertTrue(findingsFound >= 0.95 * findings, report);
		assertTrue(sponsorsRight >= 0.90 * sponsors, report);
		assertTrue(expected >= 27 && measures >= 7 && findings >= 6 && sponsors >= 4, "the corpus shrank: " + report);
	}

	/** The sponsors' titles of the priority numbered {@code number}. */
	private static String sponsorOf(PlanFacts facts, String number) {
		return facts.priorities().stream().filter(p -> number.equals(p.getName()))
				.flatMap(p -> p.getMembers().stream()).filter(SponsorItem.class::isInstance)
				.flatMap(m -> ((SponsorItem) m).getSponsors().stream()).map(Party::getTitle)
				.collect(Collectors.joining(", "));
	}

	private static int count(List<String> misses, String what, String expected, String actual) {
		if (expected.equals(actual)) {
			return 1;
		}
		misses.add(what + ": expected <" + expected + "> but was <" + actual + ">");
		return 0;
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
