package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/**
 * The second edition's constructs (issue 16) reach the Markdown, CSV, ICS and tracker outputs
 * for the plans in examples/constructs: each test names a construct and the words each output
 * must carry for it. (HTML, JSON, the report and docx have tests of their own.)
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class SecondEditionOutputsTest {

	private static final String DATES = "examples/constructs/dates.plan";
	private static final String TARGETS = "examples/constructs/targets.plan";
	private static final String ACTIONS = "examples/constructs/actions.plan";
	private static final String PARTNERS = "examples/constructs/partners.plan";

	/** The tracker targets, every one of which writes an item per priority, objective and action. */
	private static final List<String> TRACKERS = List.of("github", "gitlab", "jira", "redmine", "azure-boards");

	@TempDir
	private Path out;

	@Inject
	private PlanLoader loader;

	/** Everything {@code target} writes for {@code plan}, all files together; iCalendar lines unfolded (RFC 5545 3.1). */
	private String generate(String target, String plan) {
		Map<String, String> files = Generated.run(Generated.target(target), Generated.context(loader, plan, Map.of()),
				out.resolve(target + "-" + Path.of(plan).getFileName()));
		return String.join("\n", files.values()).replace("\r\n ", "");
	}

	/** Each of {@code targets} carries every one of {@code words} for {@code plan}. */
	private void carries(String plan, List<String> targets, String... words) {
		for (String target : targets) {
			String text = generate(target, plan);
			for (String word : words) {
				assertTrue(text.contains(word), target + " for " + plan + " lacks \"" + word + "\":\n" + text);
			}
		}
	}

	@Test
	void financialYearQuartersAndImmediatelyAreResolvedDates() {
		carries(DATES, List.of("markdown"), "due: 2019/20-Q2", "due: immediately (2019-05)");
		carries(DATES, List.of("csv"), "2019/20-Q2,2019-09-30", "immediately (2019-05),2019-05-31");
		carries(DATES, List.of("ics"), "SUMMARY:1.18 A quarter of a financial year\r\nDUE;VALUE=DATE:20190930",
				"SUMMARY:1.21 With immediate effect\r\nDUE;VALUE=DATE:20190531");
		carries(DATES, TRACKERS, "2019/20-Q2", "immediately (2019-05)");
	}

	@Test
	void inheritedDeadlinesSayWhereTheyComeFrom() {
		carries(DATES, List.of("markdown", "csv", "ics"), "2019-spring (inherited from objective 2.1)",
				"2020-03 (inherited from priority 2)");
		carries(DATES, List.of("csv"), "2019-spring (inherited from objective 2.1),2019-05-31");
		carries(DATES, List.of("github", "gitlab", "redmine"), "2019-spring (inherited from objective 2.1)");
	}

	@Test
	void seasonsAndApproximateDates() {
		carries(DATES, List.of("markdown", "csv", "github"), "2019-autumn", "2019-winter", "about 2019-12");
		carries(DATES, List.of("csv"), "2019-winter,2020-02-29", "about 2019-12,2019-12-31");
		carries(DATES, List.of("ics"), "SUMMARY:1.20 Winter runs into the next year\r\nDUE;VALUE=DATE:20200229",
				"Due: about 2019-12");
	}

	@Test
	void targetsOnPrioritiesAndObjectives() {
		carries(TARGETS, List.of("markdown"), "Target: Audited cases judged good or better ≥ 70% by 2022-09",
				"Target: What carers tell us about their relationships increase by 2023-03");
		carries(TARGETS, TRACKERS, "Audited cases judged good or better ≥ 70% by 2022-09",
				"What carers tell us about their relationships increase by 2023-03");
	}

	@Test
	void qualitativeRelativeAndRateTargets() {
		carries(TARGETS, List.of("markdown", "csv", "github", "gitlab", "redmine", "ics"),
				"Approved foster carers increase by 30 by 2026-03", "Agency social workers decrease by 10% by 2024-03",
				"Average caseload between 14 and 16 by 2023-03", "about 18 by 2022-09");
		// A rate is a standing target of an ongoing action: no deadline, so no to-do in the calendar.
		carries(TARGETS, List.of("markdown", "csv", "github", "gitlab", "redmine"),
				"Case files dip-sampled by managers ≥ 8 per month", "Reviews held on time ≥ 20 per quarter");
		carries(TARGETS, List.of("markdown", "csv", "github"), "What carers tell us about their relationships decrease");
	}

	@Test
	void positionsCarryTheirPeriodsFractionsAndWords() {
		carries(TARGETS, List.of("markdown", "csv", "github", "gitlab", "redmine"),
				"Case files dip-sampled by managers 7 over 2022-03-31 to 2022-10-31", "Reviews held on time 10 of 11 at 2022-09",
				"What carers tell us about their relationships at 2022-09 (Carers report better relationships)");
	}

	@Test
	void deliverablesWithTheirDueDatesAndStatus() {
		carries(ACTIONS, List.of("markdown"), "- [x] Deliverable: Audit tool live (due 2024-03, Complete)",
				"- [ ] Deliverable: First audit report (due 2024-09)");
		carries(ACTIONS, TRACKERS, "Audit tool live (due 2024-03, Complete)", "First audit report (due 2024-09)");
		carries(ACTIONS, List.of("csv"), "Audit tool live (due 2024-03, Complete)",
				"First audit report (due 2024-09)");
		carries(ACTIONS, List.of("ics"), "SUMMARY:Deliverable: Audit tool live\r\nDUE;VALUE=DATE:20240331\r\nSTATUS:COMPLETED",
				"SUMMARY:Deliverable: First audit report\r\nDUE;VALUE=DATE:20240930\r\nSTATUS:NEEDS-ACTION");
	}

	@Test
	void supportingLeadsAndPartnersInvolved() {
		carries(PARTNERS, List.of("markdown"), "lead: Head of Service supported by Team Manager, Kim Moss", "involves: Housing, Police");
		carries(PARTNERS, List.of("ics"), "Lead: Head of Service supported by", "Involves: Housing");
		carries(PARTNERS, List.of("github", "gitlab", "redmine"), "**Supported by:**", "**Involves:** Housing");
		// An action involves its own partners and those of its priority (police).
		carries(PARTNERS, List.of("csv"), "Head of Service,Team Manager; Kim Moss; Principal Social Worker (vacant),Police,",
				"Julia Franklin,,Housing; Police,");
		carries(PARTNERS, TRACKERS, "Supported by:", "Involves:");
	}

	@Test
	void leadNoneVacantAndInterimPostsAndTheChair() {
		carries(PARTNERS, List.of("markdown", "ics"), "none stated (Not stated in the plan)", "Principal Social Worker (vacant)");
		carries(PARTNERS, List.of("markdown"), "lead: Head of Service supported by Team Manager, Kim Moss, Principal Social Worker (vacant)");
		carries(PARTNERS, TRACKERS, "none stated (Not stated in the plan)", "Principal Social Worker (vacant)");
		carries(PARTNERS, List.of("ics"), "Chair: Alex Brown (interim until 2025-06-01)");
		// The CSV's Leads cell in the Markdown's words (LeadWords).
		carries(PARTNERS, List.of("csv"), "Review short breaks,none stated (Not stated in the plan),",
				"Audit assessments monthly,Head of Service,Team Manager; Kim Moss; Principal Social Worker (vacant),");
		carries(PARTNERS, List.of("html"), "none stated (Not stated in the plan)", "Principal Social Worker (vacant)");
	}

	@Test
	void thePageSaysWhoBelongsWhereAndWhoChairs() {
		carries(PARTNERS, List.of("html"),
				"<tr><td>Julia Franklin</td><td>person</td><td></td><td>Clinical Commissioning Group</td>",
				"<tr><td>Alex Brown (interim until 2025-06-01)</td><td>person</td><td>Head of Service</td>",
				"<tr><td>Principal Social Worker (vacant)</td><td>role</td>",
				"<tr><td>Disabilities Management Team</td><td>team</td><td></td><td>Kim Moss, Alex Brown</td>",
				"<strong>Senior Management Team</strong> — chair Alex Brown (interim until 2025-06-01); meets monthly",
				"; leads 2.3</li>");
	}

	@Test
	void dependenciesOnPartnersAndCrossListing() {
		carries(ACTIONS, List.of("markdown"), "  - Depends on: partner Housing (New protocol agreed)\n",
				"  - Also under: Objective 1.1: Audits are regular\n");
		carries(ACTIONS, List.of("csv"), ",partner Housing (New protocol agreed),Objective 1.1: Audits are regular,");
		carries(ACTIONS, TRACKERS, "partner Housing (New protocol agreed)", "Also under:", "Objective 1.1: Audits are regular");
	}

	@Test
	void recommendationCategoriesNestingAndStrengths() {
		carries(PARTNERS, List.of("markdown"), "## Recommendations and findings",
				"- **r1** (recommendation, priority action) Improve the quality of assessments — Ofsted, 2024-03",
				"- **r1.2** (recommendation, area for improvement, under r1) Supervision is regular and reflective",
				"- **f1** (finding, strength) Leaders know their services well");
		carries(PARTNERS, TRACKERS, "r1 (recommendation, priority action): Improve the quality of assessments",
				"r1.2 (recommendation, area for improvement, under r1): Supervision is regular and reflective");
		carries("examples/constructs/recommendations.plan", List.of("markdown"), "  - Addresses: r2\n");
		carries(TARGETS, List.of("markdown"), "- **r1** (recommendation) Improve the quality of case audits\n"
				+ "  - Target: Audited cases judged good or better ≥ 70% by 2022-09\n");
	}

	@Test
	void budgetsOfThePlanAndItsPriorities() {
		carries(ACTIONS, List.of("markdown"), "\nBudget: £250,000 per year from 2024/25 (Improvement fund)\n",
				"## Priority 1: Practice\n\nBudget: £30,000\n");
		carries(ACTIONS, List.of("github", "gitlab", "redmine"), "**Budget:** £30,000");
		carries(ACTIONS, List.of("jira", "azure-boards"), "Budget:", "£30,000");
	}

	@Test
	void risksEvidenceAndLinks() {
		carries(ACTIONS, List.of("github", "gitlab", "redmine", "markdown"), "Recruitment market is tight (likelihood high, impact medium)",
				"Audit report March 2024 (2024-03)", "Audit programme: https://example.org/audits");
		carries(ACTIONS, List.of("markdown"), "Risk: Recruitment market is tight", "  - Evidence: Audit report March 2024",
				"  - Link: Audit programme: https://example.org/audits");
		// The CSV has a row per action: a priority's risk has no row, an action's evidence and links have cells.
		carries(ACTIONS, List.of("csv"), "Audit report March 2024 (2024-03),Audit programme: https://example.org/audits");
	}

	@Test
	void structuredCosts() {
		carries(ACTIONS, List.of("csv", "github", "gitlab", "redmine", "markdown"), "£350 per day for 120 days",
				"£48,000 per year from 2015/16", "up to £12,000", "£30,000 one-off", "none (met from existing budget)");
		carries(ACTIONS, List.of("csv"), "£350 per day for 120 days,42000,,2024/25", "\"£48,000 per year from 2015/16\",,48000,2015/16");
	}

	@Test
	void theHtmlPageCarriesTheActionsDetails() {
		carries(ACTIONS, List.of("html"), "Audit tool live (due 2024-03, Complete)",
				"Recruitment market is tight (likelihood high, impact medium)", "Audit report March 2024 (2024-03)",
				"Audit programme: https://example.org/audits");
		carries(PARTNERS, List.of("html"), "Head of Service supported by Team Manager, Kim Moss",
				"<strong>Involves:</strong> <span class=\"text\">Housing, Police");
	}

	/** What the page, the CSV, the JSON and the Markdown say of the people constructs, for a reviewer to read (golden/people). */
	@Test
	void peopleConstructsMatchGoldenFiles() throws IOException {
		Map<String, String> actual = new TreeMap<>();
		for (String target : List.of("html", "csv", "json", "markdown")) {
			actual.putAll(Generated.run(Generated.target(target), Generated.context(loader, PARTNERS, Map.of()),
					out.resolve("golden-" + target)));
		}
		GoldenDirectory.check(TestFiles.root().resolve("org.plans.dsl.tests/resources/golden/people/partners"), actual);
	}
}
