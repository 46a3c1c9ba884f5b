package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/**
 * PLAN-107: a party named only as a supporter, an involved partner, a team member, a person's
 * organisation or a board's chair is named; a team nobody names is reported even when its members
 * are named elsewhere, and a person named nowhere at all is reported.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
class UnusedPartyTest {

	@Inject
	private PlanLoader loader;

	/** The PLAN-107 messages of a plan declaring {@code sjs}, {@code km} and {@code declarations}, its action ending in {@code actionLines}. */
	private List<String> unused(String declarations, String actionLines) {
		String plan = "plan demo\nperson sjs \"Sarah-Jane Smedmor\"\nperson km \"Kim Mole\"\n" + declarations
				+ "\npriority 1 \"Workforce\" {\n    action 1.1 \"Recruit\" {\n        lead sjs\n        due 2025-03\n"
				+ actionLines + "\n    }\n}\n";
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("demo.plan", plan));
		assertEquals(List.of(), loaded.issues().stream().filter(i -> i.getCode() != null && i.getCode().equals("PLAN-002"))
				.map(i -> i.getMessage()).toList(), plan);
		return loaded.issues().stream().filter(i -> "PLAN-107".equals(i.getCode())).map(i -> i.getMessage()).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "|        lead sjs supported by km", "|        involves km",
			"team dmt \"DMT\" { members km }|        lead dmt", "partner ccg \"CCG\"\nperson jf \"Julia Franklin\" of km|        lead jf, ccg",
			"board b \"Board\" chair km oversees 1|" })
	void eachWayOfNamingCounts(String declarationsAndLines) {
		String[] parts = declarationsAndLines.split("\\|", -1);
		assertEquals(List.of(), unused(parts[0], parts[1]));
	}

	@Test
	void aTeamNobodyNamesIsReportedButItsMembersAreNamed() {
		List<String> found = unused("team dmt \"Disabilities Management Team\" { members km }", "");
		assertEquals(1, found.size(), found.toString());
		assertEquals(true, found.get(0).startsWith("Team dmt") || found.get(0).contains("dmt"), found.get(0));
		assertEquals(true, found.get(0).contains("team member"), found.get(0));
	}

	@Test
	void aPersonNamedNowhereIsReported() {
		List<String> found = unused("", "");
		assertEquals(1, found.size(), found.toString());
		assertEquals(true, found.get(0).contains("km") || found.get(0).contains("Kim Mole"), found.get(0));
	}
}
