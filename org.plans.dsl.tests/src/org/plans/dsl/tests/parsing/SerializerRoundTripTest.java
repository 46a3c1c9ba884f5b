package org.plans.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

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
		assertSameAfterRoundTrip(file, roundTrip(false));
	}

	/**
	 * As a tool that builds a model and writes it out does (an importer, a refactoring): a copy of the
	 * model with no trace of the original text, so nothing can be taken from the text.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("constructFiles")
	void modelWithoutText(Path file) {
		assertSameAfterRoundTrip(file, roundTrip(true));
	}

	/** The models serialised, the texts written and the models read back from them. */
	private record RoundTrip(ResourceSet before, Map<String, String> texts, PlanLoader.Loaded after) {
	}

	/** All construct examples are serialised once per way, then each test checks its own file. */
	private static final Map<Boolean, RoundTrip> DONE = new HashMap<>();

	private RoundTrip roundTrip(boolean withoutText) {
		return DONE.computeIfAbsent(withoutText, key -> {
			PlanLoader.Loaded original = loader.load(List.of(CONSTRUCTS));
			assertEquals(List.of(), TestFiles.errors(original));
			ResourceSet before = withoutText ? copyWithoutText(original.resourceSet()) : original.resourceSet();
			Map<String, String> texts = new LinkedHashMap<>();
			for (Resource resource : before.getResources()) {
				texts.put(nameOf(resource), serializer.serialize(root(resource), SaveOptions.newBuilder().format().getOptions()));
			}
			return new RoundTrip(before, texts, loader.loadTexts(texts));
		});
	}

	private ResourceSet copyWithoutText(ResourceSet original) {
		XtextResourceSet copy = resourceSets.get();
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		for (Resource resource : original.getResources()) {
			copy.createResource(resource.getURI()).getContents().addAll(copier.copyAll(resource.getContents()));
		}
		copier.copyReferences();
		return copy;
	}

	private static void assertSameAfterRoundTrip(Path file, RoundTrip roundTrip) {
		String name = CONSTRUCTS.relativize(file).toString().replace('\\', '/');
		String text = roundTrip.texts().get(name);
		assertEquals(List.of(), roundTrip.after().issues().stream()
				.filter(i -> i.getSeverity() == Severity.ERROR && i.getUriToProblem().trimFragment().toString().equals("inmemory:/" + name))
				.map(i -> i.getLineNumber() + ": " + i.getMessage()).toList(), text);
		EObject before = root(roundTrip.before().getResources().stream().filter(r -> nameOf(r).equals(name))
				.findFirst().orElseThrow());
		EObject after = root(roundTrip.after().resourceSet().getResources().stream().filter(r -> nameOf(r).equals(name))
				.findFirst().orElseThrow());
		assertTrue(EcoreUtil.equals(before, after), "model differs after serialising:\n" + text);
		assertEquals(describeFacts(before), describeFacts(after), text);
	}

	/**
	 * What the facts say of each action and measure. EMF cannot tell an enum's first literal (red,
	 * higher, %, not-started) from "not given"; the facts ask the text, so this catches a serializer
	 * that leaves such a word out of a parsed plan.
	 */
	private static List<String> describeFacts(EObject root) {
		PlanFacts plan = PlanFacts.of((PlanFile) root);
		List<String> facts = new ArrayList<>();
		plan.actions().forEach(a -> facts.add(a.ref() + " due=" + a.due().describe() + " rag=" + a.latestRag()
				+ " status=" + a.status() + " target units=" + a.targets().stream().map(t -> Plans.unitOf(t.getValue())).toList()));
		plan.measures().forEach(m -> facts.add(m.measure().getName() + " direction=" + m.direction()));
		return facts;
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
