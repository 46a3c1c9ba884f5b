package org.plans.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.support.InPlaceChecks.findings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.resource.PlansResource;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.InPlaceChecks;

import com.google.inject.Inject;

/**
 * Edits that leave a syntax error, as typing does between keystrokes: the block around the
 * edit is parsed again, not the file, when the error stays inside its braces, and what the
 * file's checks find (syntax errors included) is what a fresh load of the same text finds.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
class SyntaxErrorEditsTest {

	private static final String PLAN = """
			plan demo
			person sjs "Sarah-Jane Smedmor"
			person raj "Raj Singh"
			priority 1 "Workforce" {
			    action 1.1 "Recruit" {
			        lead sjs
			        due 2025-03
			    }
			    action 1.2 "Advertise" {
			        lead raj
			        due 2025-04
			    }
			    action 1.3 "Train" {
			        lead sjs
			        due 2025-05
			    }
			}
			""";

	@Inject
	private PlanLoader loader;

	@Test
	void anErrorInsideAnActionParsesThatActionOnly() {
		PlansResource resource = load(PLAN);
		Priority priority = priority(resource);
		Action first = action(resource, 0);
		Action edited = action(resource, 1);
		Action last = action(resource, 2);
		resource.keepFindings();
		findings(resource);

		String broken = PLAN.replace("lead raj", "lead ");
		resource.updateText(broken);

		assertTrue(resource.getParseResult().hasSyntaxErrors());
		assertFalse(resource.editLog().isWhole(), "the edit is logged as one action replaced, not the whole file changed");
		assertEquals(1, resource.editLog().edits().size());
		assertSame(priority, priority(resource), "the priority around the action is not parsed again");
		assertSame(first, action(resource, 0));
		assertSame(last, action(resource, 2));
		assertNotSame(edited, action(resource, 1), "the action with the error is");
		assertEquals(findings(load(broken)), findings(resource));
		assertFalse(findings(resource).isEmpty());

		String fixed = PLAN.replace("lead raj", "lead sjs");
		resource.updateText(fixed);

		assertFalse(resource.getParseResult().hasSyntaxErrors());
		assertSame(priority, priority(resource));
		assertFalse(resource.editLog().isWhole(), "so is the edit that mends it");
		assertEquals(findings(load(fixed)), findings(resource));
	}

	@Test
	void aWordTypedHalfwayKeepsTheBlocksAroundIt() {
		PlansResource resource = load(PLAN);
		Priority priority = priority(resource);
		String text = PLAN;
		for (String typed : List.of("d", "du", "due", "due ", "due 2", "due 2025-0", "due 2025-06")) {
			text = PLAN.replace("        due 2025-04\n", "        due 2025-04\n        " + typed + "\n");
			resource.updateText(text);
			assertSame(priority, priority(resource), "after typing '" + typed + "'");
			assertEquals(findings(load(text)), findings(resource), "after typing '" + typed + "'");
		}
	}

	@Test
	void anErrorThatReachesPastItsBlockParsesTheFile() {
		PlansResource resource = load(PLAN);
		for (String broken : List.of(PLAN.replace("due 2025-04\n    }", "due 2025-04\n"),
				PLAN.replace("lead raj", "lead raj \"unclosed"), PLAN.replace("action 1.2", "actio 1.2"))) {
			resource.updateText(broken);
			assertTrue(resource.getParseResult().hasSyntaxErrors());
			assertEquals(findings(load(broken)), findings(resource), broken);
			resource.updateText(PLAN);
			assertFalse(resource.getParseResult().hasSyntaxErrors());
			assertEquals(findings(load(PLAN)), findings(resource));
		}
	}

	/** Keystrokes of every example: a character deleted or typed in a line; after each, the findings of a fresh load. */
	@ParameterizedTest
	@MethodSource("org.plans.dsl.tests.support.TestFiles#examplePlans")
	void findingsAfterKeystrokesAreThoseOfAFreshLoad(Path example) throws Exception {
		String original = Files.readString(example);
		String text = original;
		PlansResource resource = load(text);
		Random random = new Random(29);
		for (int i = 0; i < 24; i++) {
			text = i % 3 == 2 ? original : keystroke(text, random);
			resource.updateText(text);
			assertEquals(findings(load(text)), findings(resource), example + " after keystroke " + i + ":\n" + text);
		}
	}

	/** A character deleted, or one of those that start words, strings and blocks typed, somewhere in the text. */
	private static String keystroke(String text, Random random) {
		int at = random.nextInt(text.length());
		if (random.nextBoolean()) {
			return text.substring(0, at) + text.substring(at + 1);
		}
		String typed = String.valueOf(" x\"{}1,".charAt(random.nextInt(7)));
		return text.substring(0, at) + typed + text.substring(at);
	}

	private PlansResource load(String text) {
		return InPlaceChecks.load(loader, text);
	}

	private static Priority priority(PlansResource resource) {
		return EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Priority.class).get(0);
	}

	private static Action action(PlansResource resource, int index) {
		List<Action> actions = EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Action.class);
		return actions.get(index);
	}

}
