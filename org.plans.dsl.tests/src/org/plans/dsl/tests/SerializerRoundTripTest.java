package org.plans.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Serialise each construct example with the Xtext serializer (formatted), parse the text again and
 * check that the model is the same: every construct survives being written back by tools.
 * The construct examples are serialised together, so references across files keep resolving.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class SerializerRoundTripTest {

	private static final Path CONSTRUCTS = TestFiles.examples().resolve("constructs");

	@Inject
	private PlanLoader loader;

	@Inject
	private ISerializer serializer;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	static List<Path> constructFiles() {
		return PlanLoader.planFiles(List.of(CONSTRUCTS));
	}

	/** As an editor or formatter does: the parsed model, with the text it came from. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("constructFiles")
	void parsedModel(Path file) {
		PlanLoader.Loaded original = loader.load(List.of(CONSTRUCTS));
		assertEquals(List.of(), TestFiles.errors(original));
		assertRoundTrip(file, original.resourceSet());
	}

	/**
	 * As a tool that builds a model and writes it out does (an importer, a refactoring): a copy of the
	 * model with no trace of the original text, so nothing can be taken from the text.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("constructFiles")
	void modelWithoutText(Path file) {
		PlanLoader.Loaded original = loader.load(List.of(CONSTRUCTS));
		assertEquals(List.of(), TestFiles.errors(original));
		XtextResourceSet copy = resourceSets.get();
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		for (Resource resource : original.resourceSet().getResources()) {
			copy.createResource(resource.getURI()).getContents().addAll(copier.copyAll(resource.getContents()));
		}
		copier.copyReferences();
		assertRoundTrip(file, copy);
	}

	private void assertRoundTrip(Path file, ResourceSet resourceSet) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Resource resource : resourceSet.getResources()) {
			texts.put(nameOf(resource), serializer.serialize(root(resource), SaveOptions.newBuilder().format().getOptions()));
		}
		PlanLoader.Loaded reparsed = loader.loadTexts(texts);
		String name = CONSTRUCTS.relativize(file).toString().replace('\\', '/');
		assertEquals(List.of(), TestFiles.errors(reparsed), texts.get(name));

		EObject before = root(resourceSet.getResources().stream().filter(r -> nameOf(r).equals(name))
				.findFirst().orElseThrow());
		EObject after = root(reparsed.resourceSet().getResources().stream().filter(r -> nameOf(r).equals(name))
				.findFirst().orElseThrow());
		assertTrue(EcoreUtil.equals(before, after), "model differs after serialising:\n" + texts.get(name));
		assertEquals(describeActions(before), describeActions(after), texts.get(name));
	}

	/** What the facts say of each action: catches values the serializer leaves out but EMF cannot tell apart. */
	private static List<String> describeActions(EObject root) {
		return PlanFacts.of((org.plans.dsl.plans.PlanFile) root).actions().stream()
				.map(a -> a.ref() + " due=" + a.due().describe() + " rag=" + a.latestRag() + " status=" + a.status())
				.toList();
	}

	private static String nameOf(Resource resource) {
		String uri = resource.getURI().toString();
		if (uri.startsWith("inmemory:/")) {
			return uri.substring("inmemory:/".length());
		}
		return CONSTRUCTS.relativize(Path.of(resource.getURI().toFileString())).toString().replace('\\', '/');
	}

	private static EObject root(Resource resource) {
		return resource.getContents().get(0);
	}
}
