package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.rules.Rule;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * As in a language server: only the edited file is loaded, the plan's other files are known
 * from the index. Whole-plan rules load them and still see the whole plan. (Linking between
 * the files needs the language server's container manager, which this runtime test lacks.)
 */
public class EditorIndexTest extends ValidationTestBase {

	@TempDir
	Path dir;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceDescription.Manager descriptions;

	@Inject
	private IResourceValidator validator;

	@Test
	void otherFilesOfThePlanAreLoadedFromTheIndex() throws IOException {
		Path people = dir.resolve("people.plan");
		Path actions = dir.resolve("actions.plan");
		Files.writeString(people, "plan demo\nperson sjs \"Sarah-Jane Smedmor\"\nperson kt \"Karen Tolond\"\n");
		Files.writeString(actions, "plan demo\nperson kt \"Karen T.\"\n");

		XtextResourceSet indexed = resourceSets.get();
		ResourceDescriptionsData data = new ResourceDescriptionsData(List.of(describe(indexed, people), describe(indexed, actions)));

		XtextResourceSet editor = resourceSets.get();
		new ChunkedResourceDescriptions(Map.of("project", data), editor);
		Resource edited = editor.getResource(URI.createFileURI(people.toString()), true);
		List<Issue> issues = validator.validate(edited, CheckMode.ALL, CancelIndicator.NullImpl);

		assertEquals(List.of("people.plan", "actions.plan"),
				editor.getResources().stream().map(r -> r.getURI().lastSegment()).toList());
		assertEquals(List.of("PLAN-101 3"), codes(issues, Rule.DUPLICATE_NAME.code()), "kt is declared in both files");
	}

	/** What the index knows of a file. */
	private IResourceDescription describe(XtextResourceSet resourceSet, Path file) {
		Resource resource = resourceSet.getResource(URI.createFileURI(file.toString()), true);
		return SerializableResourceDescription.createCopy(descriptions.getResourceDescription(resource));
	}

	private static List<String> codes(List<Issue> issues, String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).map(i -> i.getCode() + " " + i.getLineNumber()).toList();
	}
}
