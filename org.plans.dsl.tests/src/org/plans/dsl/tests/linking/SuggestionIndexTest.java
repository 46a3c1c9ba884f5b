package org.plans.dsl.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.linking.SuggestionIndex;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.rules.Rule;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/**
 * Thousands of unresolved references: the "did you mean" candidates are indexed once per file
 * and kind of reference, not walked for each reference, and the suggestions are capped.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
class SuggestionIndexTest {

	@Inject
	private PlanLoader loader;

	private static final int ACTIONS = 1_000;

	private static String planWithBrokenReferences() {
		StringBuilder text = new StringBuilder("plan demo\nperson sjs \"Sarah-Jane Smedmor\"\npriority 1 \"Workforce\" {\n");
		for (int i = 1; i <= ACTIONS; i++) {
			text.append("    action 1.").append(i).append(" \"Act ").append(i).append("\" { lead sjsx")
					.append(" depends on 9.").append(i).append(" due 2025-03 }\n");
		}
		return text.append("}\n").toString();
	}

	private List<String> unresolved(String text) {
		return loader.loadTexts(Map.of("demo.plan", text)).issues().stream()
				.filter(i -> Rule.UNRESOLVED_REFERENCE.code().equals(i.getCode())).map(i -> i.getMessage()).toList();
	}

	@Test
	void candidatesAreIndexedOncePerFileAndReference() {
		long before = SuggestionIndex.built();
		List<String> messages = unresolved(planWithBrokenReferences());
		assertEquals(2 * ACTIONS, messages.size());
		assertEquals(2, SuggestionIndex.built() - before, "one index for leads, one for depends on");
	}

	@Test
	void suggestionsAreCappedPerFileAndReference() {
		List<String> messages = unresolved(planWithBrokenReferences());
		String near = "No person, role, team or partner called 'sjsx' is declared. Did you mean 'sjs'?";
		String plain = "No person, role, team or partner called 'sjsx' is declared.";
		assertEquals(SuggestionIndex.MAX_SUGGESTED, messages.stream().filter(near::equals).count());
		assertEquals(ACTIONS - SuggestionIndex.MAX_SUGGESTED, messages.stream().filter(plain::equals).count());
	}

	@Test
	void theClosestNameIsTheSameAsWithoutTheIndex() {
		assertEquals(List.of("No person, role, team or partner called 'sjss' is declared. Did you mean 'sjs'?",
				"No person, role, team or partner called 'Karen' is declared. Did you mean 'kt', the id of \"Karen Tolond\"?"),
				unresolved("""
						plan demo
						person sjs "Sarah-Jane Smedmor"
						person kt "Karen Tolond"
						priority 1 "Workforce" {
						    action 1.1 "Recruit" { lead sjss due 2025-03 }
						    action 1.2 "Retain" { lead Karen due 2025-03 }
						}
						"""));
	}
}
