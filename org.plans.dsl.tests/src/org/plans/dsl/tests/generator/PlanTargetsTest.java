package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.generator.PlanTarget;
import org.plans.dsl.generator.PlanTargets;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/** The targets are found by name, write the same bytes twice, and honour their options. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class PlanTargetsTest {

	@Inject
	private PlanLoader loader;

	@Test
	void everyTargetIsRegistered() {
		assertEquals(List.of("azure-boards", "by-lead", "csv", "docx", "github", "gitlab", "html", "ics", "jira", "json", "markdown",
				"redmine", "report", "report-docx", "report-pdf"),
				PlanTargets.all().stream().map(PlanTarget::name).toList());
		PlanTargets.all().forEach(t -> assertTrue(!t.description().isBlank(), t.name()));
	}

	@Test
	void outputIsDeterministic(@TempDir Path out) {
		for (PlanTarget target : PlanTargets.all()) {
			Map<String, String> first = Generated.run(target, Generated.context(loader, Generated.EXAMPLES.get(0), Map.of()),
					out.resolve(target.name() + "-1"));
			Map<String, String> second = Generated.run(target, Generated.context(loader, Generated.EXAMPLES.get(0), Map.of()),
					out.resolve(target.name() + "-2"));
			assertEquals(first, second, target.name());
		}
	}

	@Test
	void byLeadListsSoonestFirstAndMarksOverdue(@TempDir Path out) {
		Map<String, String> files = Generated.run(Generated.target("by-lead"),
				Generated.context(loader, Generated.HOSTILE, Map.of()), out);
		String mallory = files.get("hostile-by-lead/mallory.md");
		assertTrue(mallory.indexOf("CR start") > 0, mallory);
		Document page = Jsoup.parse(files.get("hostile-by-lead/eve.html"));
		assertEquals("Overdue", page.selectFirst("tbody tr .overdue").text());
	}

	@Test
	void reportPeriodOption(@TempDir Path out) {
		Document ninety = Jsoup.parse(Generated.run(Generated.target("report"),
				Generated.context(loader, Generated.EXAMPLES.get(0), Map.of()), out.resolve("a")).get("demo-report.html"));
		assertTrue(ninety.text().contains("Due in the next 90 days, to 30 Dec 2024 (0)"), ninety.text());
		Document year = Jsoup.parse(Generated.run(Generated.target("report"),
				Generated.context(loader, Generated.EXAMPLES.get(0), Map.of("period-days", "200")), out.resolve("b"))
				.get("demo-report.html"));
		assertTrue(year.text().contains("Due in the next 200 days, to 19 Apr 2025 (2)"), year.text());
		assertEquals(1, year.select("svg").size(), "a chart for caseload; agency has no values to draw");
		IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
				() -> Generated.run(Generated.target("report"),
						Generated.context(loader, Generated.EXAMPLES.get(0), Map.of("period-days", "soon")), out.resolve("c")));
		assertTrue(bad.getMessage().contains("period-days"));
	}
}
