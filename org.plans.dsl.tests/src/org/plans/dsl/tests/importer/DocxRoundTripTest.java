package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.DateSpan;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.generator.PlanTargets;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.importer.Importer;
import org.plans.dsl.importer.detect.Mapping;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.naming.FileNames;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.PlanTextKind;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Round trip: every example plan, generated as Word ({@code docx}) and imported back with
 * {@code plans import}, gives the same plan: the same title, organisation, version, issue date,
 * period, as-of date and recommendations and findings (the title page and the list under its
 * heading, not folded into the title); the same actions (reference and title; the Word
 * document lists a priority's own actions before its objectives'), with the same leads, start,
 * deadline, latest progress (date and text) and RAG; and the same measures (by title) with
 * the same baselines, milestones and positions (value, date, label, verdict, text, as
 * {@link Words#point} words them). {@link #KNOWN} lists the differences that remain, so that a
 * fix (or a new loss) shows here.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class DocxRoundTripTest {

	/** What the round trip still loses, by example: each an importer rule that reads real documents so. */
	private static final Map<String, List<String>> KNOWN = Map.of(
			// a row with no reference and no date after a numbered action reads as that action going on
			"constructs/structure.plan", List.of("structure-example actions: [ An action without a reference, "
					+ "1.1 Schedule recruitment days, 1.2 Review incentives, 1.3 An action directly under the priority, "
					+ "3.10 Actions numbered past nine] but imported [1.1 Schedule recruitment days, 1.2 Review incentives, "
					+ "1.3 An action directly under the priority, 3.10 Actions numbered past nine]"),
			// '/' separates leads in a cell ("Sarah-Jane Smedmor / Karen Tolond"), also inside this one title
			"hillingdon-csc-2015.plan", Stream.of("2.1", "2.2", "2.4", "2.5", "2.6", "2.7")
					.map(ref -> "hillingdon-2015 " + ref + " leads: Service Manager Triage/ MASH but imported Service Manager Triage, MASH")
					.toList());

	@Inject
	private Injector injector;

	@Inject
	private PlanLoader loader;

	static Stream<String> plans() {
		return Stream.of("constructs/all-constructs.plan", "constructs/actions.plan", "constructs/dates.plan",
				"constructs/measures.plan", "constructs/progress.plan", "constructs/targets.plan",
				"constructs/structure.plan", "constructs/people.plan", "constructs/costs.plan", "constructs/multi-file",
				"cambridgeshire-ilacs-2019", "cambridgeshire-ofsted-2024.plan", "hillingdon-csc-2015.plan");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("plans")
	void importingTheWordDocumentGivesBackThePlan(String example, @TempDir Path out) throws IOException {
		PlanLoader.Loaded loaded = loader.load(List.of(TestFiles.examples().resolve(example)));
		assertEquals(List.of(), TestFiles.errors(loaded), example);
		List<PlanFacts> plans = PlanFacts.of(loaded.resourceSet());
		PlanTargets.byName("docx").orElseThrow().generate(new GenerationContext(plans, Optional.empty(), Map.of()),
				OutputFiles.directory(out));
		List<String> differences = new ArrayList<>();
		for (PlanFacts plan : plans) {
			Importer.Result result = Importer.of(injector).importFile(out.resolve(FileNames.safe(plan.id()) + ".docx"),
					Mapping.none());
			// kept for a look: what the import made of each generated document
			Files.createDirectories(Path.of("target/roundtrip"));
			Files.writeString(Path.of("target/roundtrip").resolve(FileNames.safe(plan.id()) + ".plan"), result.text());
			PlanLoader.Loaded back = loader.loadTexts(Map.of("imported.plan", result.text()));
			assertEquals(List.of(), TestFiles.errors(back), () -> result.text());
			PlanFacts imported = PlanFacts.of(back.resourceSet()).get(0);
			compare(plan, imported, differences);
		}
		assertEquals(KNOWN.getOrDefault(example, List.of()), differences, example);
	}

	private static void compare(PlanFacts plan, PlanFacts imported, List<String> differences) {
		// the title page: what it shows of the plan comes back as the plan's, not as its title
		same(differences, plan.id() + " title", plan.title(), imported.title());
		for (PlanTextKind kind : List.of(PlanTextKind.ORGANISATION, PlanTextKind.VERSION)) {
			same(differences, plan.id() + " " + kind.getLiteral(), plan.text(kind), imported.text(kind));
		}
		same(differences, plan.id() + " issued", span(plan.issued()), span(imported.issued()));
		same(differences, plan.id() + " covers", span(plan.coversFrom()) + " to " + span(plan.coversTo()),
				span(imported.coversFrom()) + " to " + span(imported.coversTo()));
		same(differences, plan.id() + " as of", plan.asOf(), imported.asOf());
		same(differences, plan.id() + " recommendations and findings", sources(plan), sources(imported));
		same(differences, plan.id() + " actions", actions(plan), actions(imported));
		for (ActionFacts action : plan.actions()) {
			// the n-th action of a reference and title is paired with the n-th imported one (titles repeat)
			long nth = plan.actions().stream().takeWhile(a -> a != action).filter(a -> key(a).equals(key(action))).count();
			Optional<ActionFacts> back = imported.actions().stream().filter(a -> key(a).equals(key(action))).skip(nth)
					.findFirst();
			if (back.isEmpty()) {
				continue;
			}
			String what = plan.id() + " " + action.ref() + " ";
			same(differences, what + "leads", Words.parties(action.leads()), Words.parties(back.get().leads()));
			same(differences, what + "start", action.start().describe(), back.get().start().describe());
			same(differences, what + "deadline", action.due().describe(), back.get().due().describe());
			same(differences, what + "progress", progress(action), progress(back.get()));
			same(differences, what + "RAG", Words.rag(action.latestRag()), Words.rag(back.get().latestRag()));
		}
		same(differences, plan.id() + " measures", measures(plan), measures(imported));
		for (MeasureFacts measure : plan.measures()) {
			// a paper shows a measure's title, not its id: the import makes its own id from the title
			Optional<MeasureFacts> back = imported.measures().stream()
					.filter(m -> m.measure().getTitle().equals(measure.measure().getTitle())).findFirst();
			if (back.isEmpty()) {
				continue;
			}
			String what = plan.id() + " measure " + measure.measure().getName() + " ";
			same(differences, what + "baselines", points(measure.baselines()), points(back.get().baselines()));
			same(differences, what + "milestones", points(measure.milestones()), points(back.get().milestones()));
			same(differences, what + "positions", points(measure.positions()), points(back.get().positions()));
		}
	}

	private static String span(Optional<DateSpan> date) {
		return date.map(d -> d.first() + ".." + d.last()).orElse("none");
	}

	private static List<String> sources(PlanFacts plan) {
		return plan.sources().stream().map(s -> s.getName() + " " + s.getKind().getLiteral() + ": " + s.getText()).toList();
	}

	private static List<String> measures(PlanFacts plan) {
		return plan.measures().stream().map(m -> m.measure().getTitle()).sorted().toList();
	}

	private static List<String> points(List<? extends MeasurePoint> points) {
		// the paper lists a point written twice once (a milestone under a target and in its measure)
		return points.stream().map(Words::point).map(p -> p.replaceAll("\\s+", " ")).distinct().toList();
	}

	private static String key(ActionFacts action) {
		return action.ref() + " " + action.title();
	}

	private static List<String> actions(PlanFacts plan) {
		return plan.actions().stream().map(DocxRoundTripTest::key).sorted().toList();
	}

	private static String progress(ActionFacts action) {
		return action.latestProgress().filter(p -> p.getText() != null && !p.getText().isBlank())
				.map(p -> p.getDate() + ": " + p.getText().replaceAll("\\s+", " ").strip()).orElse("");
	}

	private static <T> void same(List<String> differences, String what, T expected, T actual) {
		if (!expected.equals(actual)) {
			differences.add(what + ": " + expected + " but imported " + actual);
		}
	}
}
