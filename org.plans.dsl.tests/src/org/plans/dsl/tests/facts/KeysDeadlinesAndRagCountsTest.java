package org.plans.dsl.tests.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.facts.RagCounts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.Direction;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.Status;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/** The facts the generators added to the shared model: keys, leads, deadlines, RAG counts, written enums. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class KeysDeadlinesAndRagCountsTest {

	private static final String PLAN = """
			plan p "P" { issued 2024-02 covers 2024-04 to 2025-03 }
			person a "A"
			person b "B"
			team t "T"
			measure m "M" unit % higher is better { position 10 at 2024-05 }
			measure n "N" unit count
			priority 1 "One" {
			    action 1.1 "Late" { lead b due 2024-05 progress 2024-05 red not-started }
			    action "Unnamed" { lead a, b due 2024-07 progress 2024-06 green }
			    action 1.3 "Soon" { lead b due 2024-06-15 progress 2024-06 amber }
			    action 1.4 "Done" { lead t due 2024-05 status complete progress blue }
			    action 1.5 "Someday" { lead a target m >= 50% by 2025-03 }
			}
			""";

	@Inject
	private PlanLoader loader;

	private PlanFacts plan() {
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("p.plan", PLAN));
		assertEquals(List.of(), TestFiles.errors(loaded));
		return PlanFacts.of(loaded.resourceSet()).get(0);
	}

	@Test
	void keysAreRefsOrPlaces() {
		PlanFacts plan = plan();
		assertEquals(List.of("1.1", "#2", "1.3", "1.4", "1.5"), plan.actions().stream().map(plan::key).toList());
		assertEquals("1.1 Late", plan.actions().get(0).label());
		assertEquals("Unnamed", plan.actions().get(1).label());
	}

	@Test
	void leadsInDeclarationOrder() {
		PlanFacts plan = plan();
		assertEquals(List.of("a", "b", "t"), plan.leads().stream().map(Party::getName).toList());
	}

	@Test
	void overdueAndDueSoonestFirst() {
		PlanFacts plan = plan();
		LocalDate asOf = LocalDate.of(2024, 6, 1);
		assertEquals(List.of("1.1"), plan.overdue(asOf).stream().map(ActionFacts::ref).toList());
		assertEquals(List.of("1.3", ""), plan.dueBetween(asOf, asOf.plusDays(60)).stream().map(ActionFacts::ref).toList());
		List<ActionFacts> byDeadline = plan.actions().stream().sorted(ActionFacts.BY_DEADLINE).toList();
		assertEquals(List.of("1.1", "1.4", "1.3", "", "1.5"), byDeadline.stream().map(ActionFacts::ref).toList());
	}

	@Test
	void redAndNotStartedAreRead() {
		ActionFacts late = plan().actions().get(0);
		assertEquals(Rag.RED, late.latestRag().orElseThrow(), "red is the enum's first literal");
		assertEquals(Status.NOT_STARTED, late.status().orElseThrow());
		assertTrue(plan().actions().get(4).latestRag().isEmpty());
	}

	@Test
	void ragCounts() {
		RagCounts counts = RagCounts.of(plan().actions());
		assertEquals(1, counts.count(Rag.RED));
		assertEquals(1, counts.count(Rag.AMBER));
		assertEquals(1, counts.count(Rag.GREEN));
		assertEquals(1, counts.count(Rag.BLUE));
		assertEquals(1, counts.unrated());
		assertEquals(5, counts.total());
	}

	@Test
	void measuresAndWrittenEnums() {
		PlanFacts plan = plan();
		MeasureFacts m = plan.measures().get(0);
		assertEquals(Direction.HIGHER, m.direction().orElseThrow(), "higher is the enum's first literal");
		assertTrue(plan.measures().get(1).direction().isEmpty());
		assertEquals(LocalDate.of(2024, 5, 31), MeasureFacts.dayOf(m.positions().get(0)).orElseThrow());
		assertEquals("10", MeasureFacts.valueOf(m.positions().get(0)).getValue().toPlainString());
		assertTrue(Plans.isWritten(plan.actions().get(4).targets().get(0).getValue(), "unit"), "% is written");
		assertFalse(Plans.isWritten(MeasureFacts.valueOf(m.positions().get(0)), "unit"));
	}

	@Test
	void startsAtCoversElseIssued() {
		assertEquals(LocalDate.of(2024, 4, 1), plan().startDate().orElseThrow());
	}

	@Test
	void namesFromAPlan() {
		PlanFacts plan = plan();
		Party a = plan.parties().get(0);
		assertEquals("a", Plans.nameFrom("p", a));
		assertEquals("p::a", Plans.nameFrom("other", a));
		assertEquals("p::a", Plans.qualifiedName(a));
	}
}
