package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.facts.LoadedPlanFiles;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.PlanFactsCache;
import org.plans.dsl.loading.PlanLoader;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The loader indexes the files it loads, and groups their plans, while it links and validates
 * them (many files were quadratic without): the findings are those of validating each file in a
 * plain resource set, in the same order, and the index is gone afterwards.
 */
public class LoadedIndexTest extends ValidationTestBase {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Inject
	private PlanFactsCache factsCache;

	/** Plans over several files, one using another, one using a plan that is not there, and errors across files. */
	private static Map<String, String> workspace() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("a-people.plan", "plan demo \"Demo\"\nperson sjs \"Sarah-Jane Smedmor\"\nperson kt \"Karen Tolond\"\n");
		files.put("b-actions.plan", """
				plan demo
				person kt "Karen Tolond"
				priority 1 "Workforce" {
				    action 1.1 "Recruit" { lead sjs due 2025-03 depends on 2.1 }
				    action 1.2 "Train" { lead nobody due 2025-04 depends on 9.9 }
				}
				""");
		files.put("c-more.plan", """
				plan demo
				priority 2 "Practice" {
				    action 2.1 "Audit" { lead kt due 2025-03 depends on 1.1 }
				}
				""");
		files.put("d-other.plan", """
				plan other "Other" {
				    uses demo
				    uses demmo
				}
				person a "A"
				priority 1 "P" { action 1.1 "Act" { lead a due 2025-03 } }
				""");
		for (int n = 0; n < 20; n++) {
			files.put("p" + n + ".plan", "plan p" + n + " \"Plan " + n + "\"\nperson a \"A\"\npriority 1 \"P\" {\n"
					+ "    action 1.1 \"Act\" { lead " + (n % 3 == 0 ? "b" : "a") + " due 2025-03 }\n}\n");
		}
		return files;
	}

	@Test
	void findingsAreThoseOfAPlainResourceSetInTheSameOrder(@TempDir Path folder) throws IOException {
		Map<String, String> texts = workspace();
		List<Path> paths = new ArrayList<>();
		for (Map.Entry<String, String> file : texts.entrySet()) {
			paths.add(Files.writeString(folder.resolve(file.getKey()), file.getValue()));
		}
		PlanLoader.Loaded loaded = loader.load(paths);

		XtextResourceSet plain = resourceSets.get();
		for (Path path : loaded.files()) {
			Resource resource = plain.createResource(URI.createFileURI(path.toString()));
			resource.load(new StringInputStream(Files.readString(path)), Map.of());
		}
		List<String> expected = new ArrayList<>();
		for (Resource resource : List.copyOf(plain.getResources())) {
			validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).forEach(i -> expected.add(describe(i)));
		}

		assertTrue(expected.stream().anyMatch(i -> i.contains("demmo")), "the workspace has an unknown plan: " + expected);
		assertTrue(expected.size() > 20, "the workspace has findings in many files: " + expected);
		assertEquals(expected, loaded.issues().stream().map(LoadedIndexTest::describe).toList());
	}

	@Test
	void theIndexAndThePlanGroupsAreGoneAfterLoading() {
		PlanLoader.Loaded loaded = loader.loadTexts(workspace());
		assertFalse(loaded.resourceSet().eAdapters().stream()
				.anyMatch(a -> a instanceof ResourceDescriptionsData.ResourceSetAdapter || a instanceof LoadedPlanFiles),
				"adapters left: " + loaded.resourceSet().eAdapters());
		List<String> plans = factsCache.all(loaded.resourceSet()).stream().map(PlanFacts::id).toList();
		assertEquals("demo", plans.get(0));
		assertEquals("other", plans.get(1));
		assertEquals(24 - 2, plans.size());
		assertEquals(3, factsCache.all(loaded.resourceSet()).get(0).files().size());
	}

	private static String describe(Issue issue) {
		return issue.getUriToProblem().trimFragment().lastSegment() + ":" + issue.getLineNumber() + ":"
				+ issue.getColumn() + " " + issue.getSeverity() + " " + issue.getCode() + " " + issue.getMessage();
	}
}
