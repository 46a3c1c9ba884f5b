package org.plans.dsl.tests.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.PlanFactsCache;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.facts.Quantities;
import org.plans.dsl.facts.TargetFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.Direction;
import org.plans.dsl.plans.Milestone;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.Status;
import org.plans.dsl.plans.Unit;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/** Facts the validation rules needed: written enum defaults, targets, directions, duplicates, boards, caching. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class ValidationFactsTest {

	private static final String PLAN = """
			plan demo
			person sjs "Sarah-Jane Smedmor"
			person sjs "Sarah Jones"
			measure agency "Agency social workers" unit %
			measure caseload "Caseload" unit ratio
			board smt "Senior Management Team" meets monthly oversees 1
			board cpb "Corporate Parenting Board" meets quarterly oversees 1
			priority 1 "Workforce" {
			    action 1.1 "Recruit" {
			        lead sjs
			        due 2025-03
			        target agency <= 15% by 2024-12
			        target caseload >= 20
			        progress 2024-08 red not-started "No applicants"
			    }
			    action 1.1 "Again" { lead sjs due 2025-06 target "More applicants" }
			}
			""";

	@Inject
	private PlanLoader loader;

	@Inject
	private PlanFactsCache cache;

	private PlanLoader.Loaded loaded;
	private PlanFacts plan;

	@BeforeEach
	void load() {
		loaded = loader.loadTexts(Map.of("demo.plan", PLAN));
		plan = PlanFacts.of(loaded.resourceSet()).get(0);
	}

	@Test
	void enumDefaultsThatAreWrittenCount() {
		ActionFacts action = plan.actions().get(0);
		assertEquals(Optional.of(Rag.RED), action.latestRag(), "red is the Rag enum's default value");
		assertEquals(Optional.of(Status.NOT_STARTED), action.status());
		assertEquals(Optional.of(Unit.PERCENT), Quantities.writtenUnit(action.targets().get(0).getValue()));
		assertEquals(Optional.empty(), Quantities.writtenUnit(action.targets().get(1).getValue()));
		assertEquals(Optional.empty(), plan.actions().get(1).latestRag());
	}

	@Test
	void targetDatesFallBackToTheActionsDeadline() {
		List<TargetFacts> targets = plan.actions().get(0).targetFacts();
		assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), targets.get(0).date());
		assertEquals(Optional.of(LocalDate.of(2025, 3, 31)), targets.get(1).date());
		assertTrue(targets.get(0).isMeasurable());
		assertEquals(Optional.of(Direction.LOWER), targets.get(0).direction());
		assertFalse(plan.actions().get(1).targetFacts().get(0).isMeasurable());
	}

	@Test
	void directionFollowsTheTargetsWhenTheMeasureDoesNotSay() {
		assertEquals(Optional.of(Direction.LOWER), plan.measures().get(0).betterDirection());
		assertEquals(Optional.of(Direction.HIGHER), plan.measures().get(1).betterDirection());
		assertEquals(Optional.empty(), plan.measures().get(1).direction());
	}

	@Test
	void baselinesAndMilestonesInDateOrder() {
		PlanLoader.Loaded measures = loader.loadTexts(Map.of("m.plan", """
				plan m
				measure caseload "Caseload" unit ratio lower is better {
				    baseline 31 at 2024-01
				    baseline 29 at 2024-07
				    milestone 20 by 2025-03
				    milestone 25 by 2024-12
				}
				"""));
		assertEquals(List.of(), TestFiles.errors(measures));
		MeasureFacts caseload = PlanFacts.of(measures.resourceSet()).get(0).measures().get(0);
		assertEquals("31", caseload.baselineOn(Optional.of(LocalDate.of(2024, 3, 1))).orElseThrow().getValue().getValue().toPlainString());
		assertEquals("29", caseload.baselineOn(Optional.empty()).orElseThrow().getValue().getValue().toPlainString());
		assertEquals(Optional.empty(), caseload.baselineOn(Optional.of(LocalDate.of(2023, 1, 1))));
		List<Milestone> milestones = caseload.milestones();
		assertEquals(Optional.empty(), caseload.milestoneBefore(milestones.get(0)));
		assertEquals("25", milestones.get(0).getValue().getValue().toPlainString());
		assertSame(milestones.get(0), caseload.milestoneBefore(milestones.get(1)).orElseThrow());
	}

	@Test
	void latestDatedProgressSkipsUndatedEntries() {
		PlanFacts other = PlanFacts.of(loader.loadTexts(Map.of("p.plan", """
				plan p
				priority 1 "P" {
				    action 1.1 "A" {
				        progress 2024-08 green "First"
				        progress 2024-09 amber "Second"
				        progress "Undated"
				    }
				}
				""")).resourceSet()).get(0);
		assertEquals("Second", other.actions().get(0).latestDatedProgress().orElseThrow().getText());
		assertEquals("Undated", other.actions().get(0).latestProgress().orElseThrow().getText());
	}

	@Test
	void theMeasureAValueIsAbout() {
		ActionFacts action = plan.actions().get(0);
		assertEquals("agency", Quantities.measureOf(action.targets().get(0).getValue()).getName());
	}

	@Test
	void percentages() {
		assertFalse(Quantities.isImpossiblePercentage(plan.actions().get(0).targets().get(0).getValue(), null));
	}

	@Test
	void duplicatesByKind() {
		List<String> names = plan.duplicates().stream()
				.map(group -> group.get(0).eClass().getName() + " x" + group.size()).toList();
		assertEquals(List.of("Person x2", "Action x2"), names);
	}

	@Test
	void theBoardThatMeetsMostOftenMonitors() {
		assertEquals("smt", plan.monitoringBoard(plan.actions().get(0)).orElseThrow().getName());
	}

	@Test
	void referencesAndAddresses() {
		assertTrue(plan.isReferenced(plan.parties().get(0)) || plan.isReferenced(plan.parties().get(1)));
		assertTrue(plan.addressed().isEmpty());
	}

	@Test
	void cachedFactsAreSharedUntilAFileChanges() {
		PlanFacts first = cache.of(plan.actions().get(0).action());
		assertSame(first, cache.of(plan.priorities().get(0)));
		first.files().get(0).getPlan().setTitle("Changed");
		PlanFacts second = cache.of(plan.priorities().get(0));
		assertNotSame(first, second);
		assertEquals(2, second.actions().size());
	}

	/** A language server's threads can leave a null in the resource list for a moment (seen under edit stress). */
	@Test
	void aNullInTheResourceListIsPassedOver() {
		Resource resource = loaded.resourceSet().getResources().get(0);
		ResourceSet racing = new ResourceSetImpl() {
			@Override
			public EList<Resource> getResources() {
				return new BasicEList<>(Arrays.asList(null, resource, null));
			}
		};
		assertEquals(List.of(resource), Plans.resources(racing));
	}
}
