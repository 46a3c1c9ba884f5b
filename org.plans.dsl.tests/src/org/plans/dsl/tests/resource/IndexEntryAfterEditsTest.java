package org.plans.dsl.tests.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.resource.PlansResource;
import org.plans.dsl.resource.PlansResourceDescription;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.LineEdits;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/**
 * The files of each example folder loaded together, then random line edits of one file after
 * another brought in place ({@link PlansResource#updateText}), as the language server does: after
 * each edit, the edited file's index entry (exported objects and the descriptions of its links
 * into the other files, field by field, in order) and its node model (offsets, lines, look-ahead,
 * grammar elements) are those of a fresh load of the same texts.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
class IndexEntryAfterEditsTest {

	@Inject
	private PlanLoader loader;

	static Stream<Path> exampleFolders() {
		return TestFiles.examplePlans().map(Path::getParent).distinct();
	}

	@ParameterizedTest
	@MethodSource("exampleFolders")
	void theEditedFilesEntryAndNodesAreThoseOfAFreshLoad(Path folder) throws Exception {
		Map<String, String> texts = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".plan")).sorted().toList()) {
				texts.put(file.getFileName().toString(), Files.readString(file));
			}
		}
		ResourceSet resources = loader.loadTexts(texts).resourceSet();
		List<String> names = new ArrayList<>(texts.keySet());
		Random random = new Random(29);
		int described = 0;
		int describedAtLoad = 0;
		for (String name : names) {
			describedAtLoad += references(entry(file(resources, name))).size();
		}
		for (int i = 0; i < 24; i++) {
			String name = names.get(random.nextInt(names.size()));
			String text = LineEdits.edit(texts.get(name), String.join("\n", texts.values()), random);
			texts.put(name, text);
			PlansResource resource = file(resources, name);
			List<String> exportedBefore = exported(entry(resource));
			resource.updateText(text);
			if (!exported(entry(resource)).equals(exportedBefore)) {
				// as the builder does: the other files are linked again when a name they may use changed
				for (String other : names) {
					if (!other.equals(name)) {
						file(resources, other).updateText(texts.get(other));
					}
				}
			}
			PlansResource fresh = file(loader.loadTexts(texts).resourceSet(), name);
			String where = folder + " " + name + " after edit " + i + ":\n" + text;
			assertEquals(nodes(fresh), nodes(resource), where);
			assertEquals(exported(entry(fresh)), exported(entry(resource)), where);
			assertEquals(references(entry(fresh)), references(entry(resource)), where);
			assertEquals(exported(entry(fresh)), exported(((PlansResourceDescription) entry(resource)).exportedCopies()),
					where + "\n(the index's copies)");
			// kept links keep the names they imported (KeptLinks), so an edited file may import more
			assertTrue(new TreeSet<>(imported(entry(resource))).containsAll(imported(entry(fresh))), where);
			described += references(entry(resource)).size();
		}
		assertTrue(describedAtLoad == 0 || described > 0, folder + ": the edited files link into other files");
	}

	private static final String PEOPLE = "plan demo\nperson sjs \"Sarah-Jane Smedmor\"\n";

	private static final String ACTIONS = """
			plan demo
			person ana "Ana"
			priority 1 "Workforce" {
			    action 1.1 "Recruit" { lead ana due 2025-03 }
			    action 1.2 "Advertise" { lead sjs due 2025-03 }
			}
			""";

	/** An edit that replaces a whole action: the lead inside it that now links into the other file is described. */
	@Test
	void aLinkIntoAnotherFileInsideTheNewElementIsDescribed() {
		ResourceSet resources = peopleAndActions();
		PlansResource actions = file(resources, "actions.plan");
		String edited = ACTIONS.replace("lead ana due 2025-03", "lead sjs due 2025-04");
		actions.updateText(edited);
		assertEquals(2, references(entry(actions)).size(), "both leads link to sjs in people.plan");
		assertEquals(references(entry(file(loader.loadTexts(Map.of("people.plan", PEOPLE, "actions.plan", edited))
				.resourceSet(), "actions.plan"))), references(entry(actions)));
	}

	/**
	 * The other file's person replaced (same name), and the entry made again before this file is
	 * linked again: the lead's target is then a proxy, still described. The next edit links it
	 * again, and the entry describes the new person.
	 */
	@Test
	void aLinkLinkedAgainIntoAnotherFileIsDescribed() {
		ResourceSet resources = peopleAndActions();
		PlansResource actions = file(resources, "actions.plan");
		String people = PEOPLE.replace("Smedmor", "Smith");
		file(resources, "people.plan").updateText(people);
		actions.getCache().clear(actions);
		assertEquals(1, references(entry(actions)).size(), "the old sjs, a proxy now, is still described");
		String edited = ACTIONS.replace("\"Recruit\"", "\"Recruit staff\"");
		actions.updateText(edited);
		assertEquals(references(entry(file(loader.loadTexts(Map.of("people.plan", people, "actions.plan", edited))
				.resourceSet(), "actions.plan"))), references(entry(actions)));
		assertEquals(1, references(entry(actions)).size());
	}

	/** Leads changed one after another (the new element exports nothing): the index's copies are the last ones. */
	@Test
	void copiesOutsideAnEditThatExportsNothingAreKept() {
		PlansResource resource = file(loader.loadTexts(Map.of("demo.plan", ACTIONS)).resourceSet(), "demo.plan");
		PlansResourceDescription entry = (PlansResourceDescription) entry(resource);
		List<String> atLoad = exported(entry.exportedCopies());
		for (String lead : List.of("nobody", "sjs", "ana")) {
			resource.updateText(ACTIONS.replace("lead ana", "lead " + lead));
			entry = (PlansResourceDescription) entry(resource);
			assertEquals(atLoad, exported(entry.exportedCopies()), lead);
			assertEquals(atLoad, exported(entry.withExportedCopies()), lead + ": the builder's entry takes the copies");
		}
	}

	/** A line added to a priority before its action: the action's path changes, its copy for the index too. */
	@Test
	void anExportedObjectThatMovedInsideTheNewElementIsCopiedAgain() {
		String plan = ACTIONS.replace("{\n    action 1.1", "{\n    lead ana\n    action 1.1") + "priority 2 \"Other\"\n";
		PlansResource resource = file(loader.loadTexts(Map.of("demo.plan", plan)).resourceSet(), "demo.plan");
		assertEquals(exported(entry(resource)), exported(((PlansResourceDescription) entry(resource)).exportedCopies()));
		String edited = plan.replace("    lead ana\n", "    lead ana\n    due 2025-03\n");
		resource.updateText(edited);
		List<String> copies = exported(((PlansResourceDescription) entry(resource)).exportedCopies());
		assertEquals(exported(entry(file(loader.loadTexts(Map.of("demo.plan", edited)).resourceSet(), "demo.plan"))), copies);
		assertTrue(copies.stream().anyMatch(c -> c.contains("1.1") && c.contains("@members.2")), copies.toString());
	}

	/** PEOPLE and ACTIONS loaded together; the second action's lead is described (it links to people.plan). */
	private ResourceSet peopleAndActions() {
		ResourceSet resources = loader.loadTexts(new LinkedHashMap<>(Map.of("people.plan", PEOPLE, "actions.plan", ACTIONS)))
				.resourceSet();
		assertEquals(1, references(entry(file(resources, "actions.plan"))).size());
		return resources;
	}

	private static PlansResource file(ResourceSet resources, String name) {
		return (PlansResource) resources.getResource(URI.createURI("inmemory:/" + name), false);
	}

	private static IResourceDescription entry(PlansResource resource) {
		return resource.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(resource);
	}

	private static List<String> exported(IResourceDescription entry) {
		List<String> exported = new ArrayList<>();
		for (IEObjectDescription d : entry.getExportedObjects()) {
			StringBuilder userData = new StringBuilder();
			for (String key : d.getUserDataKeys()) {
				userData.append(' ').append(key).append('=').append(d.getUserData(key));
			}
			exported.add(d.getEClass().getName() + " " + d.getQualifiedName() + " " + d.getEObjectURI() + userData);
		}
		return exported;
	}

	private static List<String> references(IResourceDescription entry) {
		List<String> references = new ArrayList<>();
		for (IReferenceDescription d : entry.getReferenceDescriptions()) {
			references.add(d.getSourceEObjectUri() + " " + d.getEReference().getName() + "[" + d.getIndexInList() + "] -> "
					+ d.getTargetEObjectUri() + " in " + d.getContainerEObjectURI());
		}
		return references;
	}

	private static List<String> imported(IResourceDescription entry) {
		List<String> imported = new ArrayList<>();
		entry.getImportedNames().forEach(n -> imported.add(n.toString()));
		return imported;
	}

	/** Every node: kind, grammar element, offsets, lines, look-ahead, syntax error, semantic element. */
	private static List<String> nodes(PlansResource resource) {
		List<String> nodes = new ArrayList<>();
		for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
			StringBuilder line = new StringBuilder(node.getClass().getSimpleName()).append(' ')
					.append(node.getGrammarElement()).append(' ').append(node.getTotalOffset()).append('+')
					.append(node.getTotalLength()).append(" lines ").append(node.getTotalStartLine()).append('-')
					.append(node.getTotalEndLine()).append(" at ").append(node.getOffset()).append(' ')
					.append(node.getStartLine());
			if (node instanceof ICompositeNode composite) {
				line.append(" lookahead ").append(composite.getLookAhead());
			}
			if (node.getSyntaxErrorMessage() != null) {
				line.append(" error ").append(node.getSyntaxErrorMessage().getMessage());
			}
			if (node.hasDirectSemanticElement()) {
				line.append(" of ").append(resource.getURIFragment(node.getSemanticElement()));
			}
			nodes.add(line.toString());
		}
		return nodes;
	}
}
