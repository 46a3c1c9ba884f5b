package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.ide.editor.contentassist.antlr.LeafNodeFinder;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plans.dsl.ide.contentassist.LeafAtOffset;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/** The leaf completion starts from is the one Xtext's own finder gives, at every offset. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class LeafAtOffsetTest {

	@Inject
	private PlanLoader loader;

	@ParameterizedTest
	@MethodSource("org.plans.dsl.tests.support.TestFiles#examplePlans")
	void sameAsXtextInEveryExample(Path example) {
		XtextResource resource = (XtextResource) loader.load(List.of(example), false).resourceSet().getResources().get(0);
		assertSameEverywhere(resource.getParseResult().getRootNode());
	}

	@Test
	void sameAsXtextInBrokenAndEmptyText() {
		for (String text : List.of("", "   ", "// only a comment\n", "plan demo\npriority 1 \"W\" {\n    action 1.1 \"R\" { lead ",
				"plan demo\nperson sjs \"S\"\npriority 1 \"W\" { action 1.1 \"R\" { lead sjs due 2025-03 } }\n")) {
			XtextResource resource = (XtextResource) loader.loadTexts(Map.of("t.plan", text)).resourceSet().getResources()
					.get(0);
			assertSameEverywhere(resource.getParseResult().getRootNode());
		}
	}

	private static void assertSameEverywhere(ICompositeNode root) {
		int checked = 0;
		for (int offset = 0; offset <= root.getTotalEndOffset(); offset++) {
			for (boolean leading : new boolean[] { true, false }) {
				assertSame(new LeafNodeFinder(offset, leading).searchIn(root), new LeafAtOffset(offset, leading).searchIn(root),
						"offset " + offset + (leading ? ", leading" : ""));
				checked++;
			}
		}
		assertEquals(2 * (root.getTotalEndOffset() + 1), checked);
	}
}
