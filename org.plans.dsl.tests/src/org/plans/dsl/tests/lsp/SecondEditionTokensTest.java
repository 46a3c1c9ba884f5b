package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.ide.semantictokens.PlansSemanticHighlighter;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/**
 * Semantic tokens of the second edition's constructs (issue 16): the parties named by
 * {@code of}, {@code members}, {@code chair}, {@code supported by}, {@code involves} and
 * {@code depends on partner}, a recommendation named {@code under} another, an action's
 * {@code id} as its declaration, an action named by {@code also under}, and money with
 * thousands separators as one number.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
class SecondEditionTokensTest {

	private static final String PLAN = """
			plan demo "Demo" {
			    budget £1,200,000
			}
			partner ccg "CCG"
			partner housing "Housing"
			person jf "Julia Franklin" of ccg
			person km "Kim Mole"
			role hos "Head of Service" vacant
			team dmt "Disabilities Management Team" { members km }
			board ib "Improvement Board" chair jf oversees 1
			recommendation r1 "Improve oversight" priority-action
			recommendation r1.2 "Audit monthly" under r1
			priority 1 "Workforce" {
			    involves housing
			    addresses r1.2
			    action 1.1 "Recruit" id recruit {
			        lead hos supported by dmt, km
			        due 2025-03
			        cost £48,000 per year from 2024/25
			        depends on partner housing "Protocol agreed"
			    }
			    action 1.2 "Train" {
			        lead km
			        due 2025-03
			        also under 1
			    }
			}
			""";

	@Inject
	private PlanLoader loader;

	@Test
	void everyNewConstructIsHighlightedByWhatItNames() {
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("demo.plan", PLAN));
		assertEquals(List.of(), TestFiles.errors(loaded));
		XtextResource resource = (XtextResource) loaded.resourceSet().getResources().get(0);
		List<String> tokens = new ArrayList<>();
		new PlansSemanticHighlighter().provideHighlightingFor(resource,
				(offset, length, ids) -> tokens.add(PLAN.substring(offset, offset + length) + "=" + String.join("+", ids)),
				CancelIndicator.NullImpl);
		for (String expected : List.of("ccg=variable", "km=variable", "jf=variable", "dmt=parameter", "hos=parameter",
				"housing=variable", "r1=event", "r1.2=event+declaration", "r1.2=event", "recruit=function+declaration",
				"1=class", "vacant=keyword", "priority-action=keyword", "1,200,000=number", "48,000=number",
				"2024/25=number")) {
			assertTrue(tokens.contains(expected) || joined(tokens, expected), () -> "no " + expected + " in " + tokens);
		}
	}

	/** A number written with separators may come as adjacent tokens of one type: "48" "," "000". */
	private static boolean joined(List<String> tokens, String expected) {
		String text = expected.substring(0, expected.lastIndexOf('='));
		String type = expected.substring(expected.lastIndexOf('=') + 1);
		for (int i = 0; i < tokens.size(); i++) {
			StringBuilder sb = new StringBuilder();
			for (int j = i; j < tokens.size() && sb.length() < text.length(); j++) {
				String token = tokens.get(j);
				if (!token.endsWith("=" + type)) {
					break;
				}
				sb.append(token, 0, token.lastIndexOf('='));
			}
			if (sb.toString().equals(text)) {
				return true;
			}
		}
		return false;
	}
}
