package org.plans.dsl.tests.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.LeadItem;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.PlansPackage;
import org.plans.dsl.resource.ChangedRegion;
import org.plans.dsl.resource.PlansResource;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.InPlaceChecks;
import org.plans.dsl.tests.support.LineEdits;

import com.google.inject.Inject;

/**
 * A loaded file brought to a new text in place, as the language server does on each edit
 * ({@link PlansResource#updateText}): only the edited region is parsed again, and what the
 * file's checks find is what a fresh load of the same text finds.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
class UpdateTextTest {

	private static final String PLAN = """
			plan demo
			person sjs "Sarah-Jane Smedmor"
			priority 1 "Workforce" {
			    action 1.1 "Recruit" { lead sjs due 2025-03 }
			    action 1.2 "Advertise" { lead sjs due 2025-03 }
			}
			""";

	@Inject
	private PlanLoader loader;

	@Test
	void theChangedRegionIsWhereTheTextsDiffer() {
		assertNull(ChangedRegion.between("abc", "abc"));
		assertEquals(new ChangedRegion(2, 4, "XY"), ChangedRegion.between("a lead b", "a XY b"));
		assertEquals(new ChangedRegion(3, 0, "x"), ChangedRegion.between("aaa", "aaax"));
		assertEquals(new ChangedRegion(0, 1, ""), ChangedRegion.between("xaaa", "aaa"));
		assertEquals(new ChangedRegion(2, 0, "a"), ChangedRegion.between("aa", "aaa"));
		String large = "x".repeat(10_000);
		assertEquals(new ChangedRegion(5_000, 1, "yz"),
				ChangedRegion.between(large, large.substring(0, 5_000) + "yz" + large.substring(5_001)));
		assertEquals(new ChangedRegion(10_000, 0, "x"), ChangedRegion.between(large, large + "x"),
				"an equal run is matched from the start first, then the end takes what is left");
		assertEquals(new ChangedRegion(0, 9_000, ""), ChangedRegion.between("y".repeat(9_000) + large, large));
	}

	@Test
	void anEditKeepsTheObjectsOutsideTheEditedBlock() {
		PlansResource resource = load(PLAN);
		Action first = action(resource, 0);
		Action second = action(resource, 1);
		Object secondLead = second.getMembers().get(0);

		resource.updateText(PLAN.replace("{ lead sjs due 2025-03 }\n}", "{ lead nobody due 2025-03 }\n}"));

		assertSame(first, action(resource, 0), "the action before the edit is the same object");
		assertSame(second, action(resource, 1), "so is the edited action: only its lead is parsed again");
		assertNotSame(secondLead, action(resource, 1).getMembers().get(0));
		assertTrue(nodeText(action(resource, 1)).contains("lead nobody"));
		assertEquals(List.of("ERROR 5:35 No person, role, team or partner called 'nobody' is declared."), errors(resource));
	}

	@Test
	void linksOutsideTheEditedBlockAreKept() {
		PlansResource resource = load(PLAN);
		LeadItem firstLead = (LeadItem) action(resource, 0).getMembers().get(0);
		Party sjs = firstLead.getLeads().get(0);

		resource.updateText(PLAN.replace("{ lead sjs due 2025-03 }\n}", "{ lead nobody due 2025-03 }\n}"));

		Object link = ((List<?>) firstLead.eGet(PlansPackage.Literals.LEAD_ITEM__LEADS, false)).get(0);
		assertSame(sjs, link, "the first action's lead is not linked again: no proxy, the same person");
		assertEquals(1, errors(resource).size());
	}

	@Test
	void aRenamedDeclarationLinksEverythingAgain() {
		PlansResource resource = load(PLAN);
		resource.updateText(PLAN.replace("person sjs", "person ana"));
		assertEquals(2, errors(resource).size(), "neither lead finds sjs");
		resource.updateText(PLAN);
		assertEquals(List.of(), errors(resource));
		assertSame(EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Party.class).get(0),
				((LeadItem) action(resource, 1).getMembers().get(0)).getLeads().get(0));
	}

	/** The plan's people in one file, its actions in another: links into the other file are kept, and still followed. */
	@Test
	void keptLinksIntoAnotherFileStayImported() {
		String people = "plan demo\nperson sjs \"Sarah-Jane Smedmor\"\n";
		String actions = PLAN.replace("person sjs \"Sarah-Jane Smedmor\"\n", "");
		ResourceSet resources = loader.loadTexts(Map.of("people.plan", people, "actions.plan", actions)).resourceSet();
		PlansResource peopleFile = (PlansResource) resources.getResource(URI.createURI("inmemory:/people.plan"), false);
		PlansResource actionsFile = (PlansResource) resources.getResource(URI.createURI("inmemory:/actions.plan"), false);
		assertEquals(List.of(), errors(actionsFile));
		Party sjs = ((LeadItem) action(actionsFile, 0).getMembers().get(0)).getLeads().get(0);

		actionsFile.updateText(actions.replace("{ lead sjs due 2025-03 }\n}", "{ lead nobody due 2025-03 }\n}"));

		LeadItem firstLead = (LeadItem) action(actionsFile, 0).getMembers().get(0);
		assertSame(sjs, ((List<?>) firstLead.eGet(PlansPackage.Literals.LEAD_ITEM__LEADS, false)).get(0));
		assertEquals(1, errors(actionsFile).size());
		List<String> imported = new ArrayList<>();
		actionsFile.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(actionsFile)
				.getImportedNames().forEach(name -> imported.add(name.toString()));
		assertTrue(imported.stream().anyMatch(name -> name.endsWith("sjs")),
				"the kept link's name is still imported, so a change of it in the other file rebuilds this one: " + imported);

		peopleFile.updateText(people.replace("person sjs", "person ana"));
		actionsFile.updateText(actionsFile.getParseResult().getRootNode().getText());
		assertEquals(2, errors(actionsFile).size(), "neither lead finds sjs once the other file renames it");
	}

	@Test
	void theSameTextLinksAgain() {
		PlansResource resource = load(PLAN.replace("person sjs", "person ana"));
		assertEquals(2, errors(resource).size());
		resource.updateText(resource.getParseResult().getRootNode().getText());
		assertEquals(2, errors(resource).size());
	}

	/** Random line edits of every example: after each one, the same findings as a fresh load. */
	@ParameterizedTest
	@MethodSource("org.plans.dsl.tests.support.TestFiles#examplePlans")
	void findingsAfterEditsAreThoseOfAFreshLoad(Path example) throws Exception {
		String text = Files.readString(example);
		PlansResource resource = load(text);
		Random random = new Random(23);
		for (int i = 0; i < 16; i++) {
			text = LineEdits.edit(text, text, random);
			resource.updateText(text);
			resource.resolveLazyCrossReferences(CancelIndicator.NullImpl);
			PlansResource fresh = load(text);
			assertEquals(links(fresh), linksAsTheyAre(resource), example + " after edit " + i + ": links the builder resolved");
			assertEquals(findings(fresh), findings(resource), example + " after edit " + i + ":\n" + text);
			assertEquals(links(fresh), links(resource), example + " after edit " + i + ": links");
		}
	}

	@Test
	void aNameThatNowComesFirstTakesTheLinks() {
		String plan = PLAN.replace("person sjs", "person ana \"Ana\"\nperson sjs");
		PlansResource resource = load(plan);
		String renamed = plan.replace("person ana", "person sjs");
		resource.updateText(renamed);
		assertEquals(links(load(renamed)), links(resource));
	}

	private PlansResource load(String text) {
		return InPlaceChecks.load(loader, text);
	}

	private static Action action(PlansResource resource, int index) {
		return EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Action.class).get(index);
	}

	private static String nodeText(Action action) {
		return NodeModelUtils.getNode(action).getText();
	}

	private static List<String> errors(PlansResource resource) {
		return findings(resource).stream().filter(f -> f.startsWith("ERROR")).toList();
	}

	/** Where each reference of the file is written and where it leads (a path in the file, or unresolved). */
	private static List<String> links(PlansResource resource) {
		return links(resource, true);
	}

	/** As {@link #links(PlansResource)}, without resolving anything: a proxy is "unresolved". */
	private static List<String> linksAsTheyAre(PlansResource resource) {
		return links(resource, false);
	}

	private static List<String> links(PlansResource resource, boolean resolve) {
		List<String> links = new ArrayList<>();
		for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject obj = all.next();
			for (EReference reference : obj.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer()) {
					continue;
				}
				Object value = obj.eGet(reference, resolve);
				List<?> targets = reference.isMany() ? (resolve ? (List<?>) value : ((InternalEList<?>) value).basicList())
						: value == null ? List.of() : List.of(value);
				for (Object target : targets) {
					EObject to = (EObject) target;
					links.add(resource.getURIFragment(obj) + " " + reference.getName() + " -> "
							+ (to.eIsProxy() || to.eResource() == null ? "unresolved" : to.eResource().getURIFragment(to)));
				}
			}
		}
		return links;
	}

	/** Severity, line, column and message of every issue the file's validator reports. */
	private static List<String> findings(PlansResource resource) {
		assertTrue(resource.canUpdateText());
		return InPlaceChecks.findings(resource);
	}
}
