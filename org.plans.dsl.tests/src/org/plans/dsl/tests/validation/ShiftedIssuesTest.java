package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.support.InPlaceChecks.describe;
import static org.plans.dsl.tests.support.InPlaceChecks.issues;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.resource.PlansResource;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.InPlaceChecks;
import org.plans.dsl.tests.support.RandomEdits;
import org.plans.dsl.validation.MovedIssue;

import com.google.inject.Inject;

/**
 * The issues of kept findings moved by what one edit did to the text around it, without a
 * look-up ({@code TextShift}): before the edit the same issue, after it on later lines moved by
 * its characters and lines, on the edit's own line or inside the edited element looked up or
 * made again, and after several edits between validations looked up as before. Every list is
 * compared field by field with a fresh load of the same text.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
class ShiftedIssuesTest {

	private static final Path HILLINGDON = Path.of("../examples/hillingdon-csc-2015.plan");

	@Inject
	private PlanLoader loader;

	/** The benchmark's edit: a lead in the middle renamed back and forth, no line added or removed. */
	@Test
	void issuesBeforeAnEditAreKeptAndThoseAfterItMovedAlongTheirLines() throws Exception {
		String text = Files.readString(HILLINGDON);
		PlansResource resource = edited(text);
		List<Issue> before = issues(resource);
		int at = text.indexOf("lead ", text.length() / 2) + "lead ".length();
		String lead = text.substring(at, text.indexOf('\n', at));
		int moved = 0;
		for (int i = 0; i < 6; i++) {
			String now = i % 2 == 0 ? "nobody-at-all" : lead;
			String was = i % 2 == 0 ? lead : "nobody-at-all";
			text = text.substring(0, at) + now + text.substring(at + was.length());
			resource.updateText(text);
			List<Issue> after = issues(resource);
			assertEquals(describe(issues(load(text))), describe(after), "after edit " + i);
			for (Issue issue : after) {
				moved += issue instanceof MovedIssue ? 1 : 0;
			}
			int kept = 0;
			for (Issue issue : before) {
				if (issue.getOffset() + issue.getLength() < at && after.contains(issue)) {
					kept++;
				}
			}
			assertTrue(kept > 0, "no issue before the edit kept as it was, edit " + i);
			before = after;
		}
		assertTrue(moved > 6 * 5, moved + " issues moved along their lines in 6 edits");
	}

	/** A line added in an action, then removed: the issues after it move a line down, then up. */
	@Test
	void aLineAddedOrRemovedMovesTheIssuesAfterItByALine() throws Exception {
		String text = Files.readString(HILLINGDON);
		PlansResource resource = edited(text);
		issues(resource);
		int at = text.indexOf("        lead ", text.length() / 3);
		for (String line : List.of("        due 2016-03\n", "", "\n", "")) {
			String now = text.substring(0, at) + line + text.substring(at);
			resource.updateText(now);
			List<Issue> after = issues(resource);
			assertEquals(describe(issues(load(now))), describe(after), "with " + line.strip());
		}
	}

	/**
	 * An edit on the line of a kept finding before it (another action on the same line) moves its
	 * columns; one that breaks that line in two moves it to the next line at other columns.
	 */
	@Test
	void anEditOnAFindingsLineBeforeItMovesItsColumns() {
		String text = String.join("\n", "plan demo {", "    as of 2025-06", "}", "person ana \"Ana Ortiz\"",
				"priority 1 \"Workforce\" {",
				"    action 1.1 \"Advertise\" { lead ana due 2025-03 } action 1.2 \"Interview\" { due 2025-09 }",
				"    action 1.3 \"Induct\" { due 2025-08 }", "}", "");
		PlansResource resource = edited(text);
		issues(resource);
		for (String edit : List.of("1.1 \"Advertise widely\"", "1.1 \"Ad\"\n   ", "1.1 \"Advertise\"")) {
			text = text.replaceFirst("1\\.1 \"[^\"]*\"\\s*", edit.replace("\n", "\\\n") + " ");
			resource.updateText(text);
			assertEquals(describe(issues(load(text))), describe(issues(resource)), text);
		}
	}

	/** An edit inside the element a finding is on: that finding is made again, where it is now. */
	@Test
	void anEditInsideAFindingsElementMakesItAgain() {
		String text = String.join("\n", "plan demo {", "    as of 2025-06", "}", "person ana \"Ana Ortiz\"",
				"priority 1 \"Workforce\" {", "    action 1.1 \"Advertise\" {", "        lead nobody", "        due 2025-03",
				"    }", "    action 1.2 \"Interview\" {", "        lead nobody", "        due 2025-09", "    }", "}", "");
		PlansResource resource = edited(text);
		issues(resource);
		for (String[] edit : new String[][] { { "due 2025-03", "due 2025-04" }, { "\"Advertise\" {", "\"Advertise\" {\n" },
				{ "lead nobody\n        due 2025-04", "lead ana\n        due 2025-04" } }) {
			text = text.replace(edit[0], edit[1]);
			resource.updateText(text);
			assertEquals(describe(issues(load(text))), describe(issues(resource)), text);
		}
	}

	/** Several edits between two validations: the issues are looked up as without one edit's shift. */
	@ParameterizedTest
	@MethodSource("org.plans.dsl.tests.support.TestFiles#examplePlans")
	void severalEditsBetweenValidationsAreThoseOfAFreshLoad(Path example) throws Exception {
		String text = Files.readString(example);
		PlansResource resource = edited(text);
		issues(resource);
		Random random = new Random(example.getFileName().toString().hashCode() * 31L);
		for (int i = 0; i < 12; i++) {
			int edits = 1 + random.nextInt(3);
			for (int e = 0; e < edits; e++) {
				text = RandomEdits.of(text, random).applyTo(text);
				resource.updateText(text);
			}
			assertEquals(describe(issues(load(text))), describe(issues(resource)), example + " after round " + i);
		}
	}

	/** The same text again (the file linked again only, no shift known): the issues of a fresh load. */
	@Test
	void theSameTextAgainHasTheIssuesOfAFreshLoad() throws Exception {
		String text = Files.readString(HILLINGDON);
		PlansResource resource = edited(text);
		issues(resource);
		resource.updateText(text);
		assertEquals(describe(issues(load(text))), describe(issues(resource)));
	}

	private PlansResource edited(String text) {
		PlansResource resource = load(text);
		resource.updateText(text);
		return resource;
	}

	private PlansResource load(String text) {
		return InPlaceChecks.load(loader, text);
	}


}
