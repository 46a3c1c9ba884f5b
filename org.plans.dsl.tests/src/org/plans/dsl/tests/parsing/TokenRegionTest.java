package org.plans.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.parser.PlansTokenRegionProvider;
import org.plans.dsl.resource.PlansResource;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/**
 * An edited region widened to whole tokens by lexing from a token before it
 * ({@link PlansTokenRegionProvider}) is the region Xtext finds by lexing from the start.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
class TokenRegionTest {

	@Inject
	private PlanLoader loader;

	@Inject
	private TokenRegionProvider regions;

	@ParameterizedTest
	@MethodSource("org.plans.dsl.tests.support.TestFiles#examplePlans")
	void lexingFromATokenBeforeTheRegionFindsTheSameTokens(Path example) throws Exception {
		String text = Files.readString(example);
		PlansResource resource = (PlansResource) loader.loadTexts(Map.of("x.plan", text)).resourceSet().getResources().get(0);
		List<Integer> starts = new ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			starts.add(leaf.getTotalOffset());
		}
		Random random = new Random(7);
		for (int i = 0; i < 200; i++) {
			int offset = random.nextInt(text.length());
			TextRegion region = new TextRegion(offset, Math.min(random.nextInt(12), text.length() - offset));
			int before = starts.stream().filter(s -> s <= offset).toList().size();
			int from = starts.get(Math.max(0, before - 1 - random.nextInt(4)));
			assertEquals(regions.getTokenRegion(text, region),
					PlansTokenRegionProvider.from(from, () -> regions.getTokenRegion(text, region)),
					example + ": " + region + " lexed from " + from);
		}
	}
}
