package org.plans.dsl.tests.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.GeneratedFiles;
import org.plans.dsl.tests.support.TestFiles;
import org.plans.dsl.tracker.model.TrackerMarkup;

import com.google.inject.Inject;

/** Jira descriptions are in Jira's wiki markup and Azure Boards' in HTML: no Markdown left in either. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class TrackerMarkupTest {

	@Inject
	private PlanLoader loader;

	private String generated(String target) {
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("p.plan", TrackerProgressTest.PLAN.replace("\"Behind on hiring\"",
				"\"Behind on *hiring* [see](http://x.example) {html} a-b - c_d_ 2024-05-01\"")));
		assertEquals(List.of(), TestFiles.errors(loaded));
		return String.join("\n", GeneratedFiles.of(target, PlanFacts.of(loaded.resourceSet()), Map.of()).values());
	}

	@Test
	void jiraDescriptionsAreWikiMarkup() {
		String jira = generated("jira");
		assertTrue(jira.contains("*Action 1.1* of P (p)"), jira);
		assertTrue(jira.contains("*RAG:* Red"), jira);
		assertTrue(jira.contains("h3. Progress"), jira);
		assertTrue(jira.contains("* 2024-04 Red: Behind on \\*hiring\\* \\[see\\](http://x.example) \\{html\\} a-b \\- c_d\\_ 2024-05-01"),
				jira);
		assertFalse(jira.contains("**"), "no Markdown bold: " + jira);
		assertFalse(jira.contains("### "), "no Markdown heading: " + jira);
	}

	@Test
	void azureDescriptionsAreHtmlWithoutMarkdown() {
		String azure = generated("azure-boards");
		assertTrue(azure.contains("<strong>RAG:</strong> Red"), azure);
		assertTrue(azure.contains("<h3>Progress</h3><ul><li>2024-04 Red: Behind on *hiring* [see](http://x.example) {html}"), azure);
		assertFalse(azure.contains("**"), "no stray Markdown bold: " + azure);
		assertFalse(azure.contains("### "), azure);
	}

	@Test
	void markupOfEachPart() {
		String markdown = "**Action 1** of P (p)\n\n**Lead:** Pat  \n**Due:** 2024\\-12  \n\n### Targets\n\n- 80% \\*by\\* 2025\n- x\n";
		assertEquals("*Action 1* of P (p)\n\n*Lead:* Pat\n*Due:* 2024-12\n\nh3. Targets\n\n* 80% \\*by\\* 2025\n* x",
				TrackerMarkup.jira(markdown));
		assertEquals("<p><strong>Action 1</strong> of P (p)</p><p><strong>Lead:</strong> Pat<br><strong>Due:</strong> 2024-12</p>"
				+ "<h3>Targets</h3><ul><li>80% *by* 2025</li><li>x</li></ul>", TrackerMarkup.html(markdown));
	}
}
