package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.stream.IntStream;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.contentassist.antlr.IContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.antlr.IPartialContentAssistParser;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plans.dsl.ide.PlansIdeSetup;
import org.plans.dsl.ide.contentassist.EnclosingBlock;
import org.plans.dsl.ide.contentassist.PlansContentAssistContextFactory;
import org.plans.dsl.loading.PlanLoader;

import com.google.common.util.concurrent.MoreExecutors;
import com.google.inject.Injector;

/**
 * Completion that parses from the start of the element at the cursor proposes what Xtext's
 * parse from the start of the file proposes: the same entries, in the same order, at offsets
 * spread over every example and at every offset of broken text.
 */
class PartialCompletionTest {

	private static final int OFFSETS_PER_PLAN = 300;

	private static final Injector INJECTOR = new PlansIdeSetup().createInjectorAndDoEMFRegistration();

	private static final ExecutorService POOL = MoreExecutors.newDirectExecutorService();

	@AfterAll
	static void stopPool() {
		POOL.shutdown();
	}

	@Test
	void theParserParsesFromTheElementAtTheCursor() {
		assertTrue(INJECTOR.getInstance(IContentAssistParser.class) instanceof IPartialContentAssistParser);
		assertTrue(INJECTOR.getInstance(ContentAssistContextFactory.class) instanceof PlansContentAssistContextFactory);
	}

	@ParameterizedTest
	@MethodSource("org.plans.dsl.tests.support.TestFiles#examplePlans")
	void sameProposalsAsFullParseInEveryExample(Path example) {
		XtextResource resource = (XtextResource) loader().load(List.of(example), false).resourceSet().getResources()
				.get(0);
		List<Integer> offsets = spreadOffsets(resource);
		int proposing = assertSameAt(resource, offsets);
		assertTrue(proposing > 0, "some offset proposes something");
		EnclosingBlock blocks = INJECTOR.getInstance(EnclosingBlock.class);
		long fromBlock = offsets.stream()
				.filter(offset -> blocks.findEntryPoint(resource.getParseResult(), offset) != null).count();
		assertTrue(fromBlock > 0 || !resource.getParseResult().getRootNode().getText().contains("{"),
				"some offsets parse from their block only");
	}

	@Test
	void sameProposalsAsFullParseInBrokenText() {
		for (String text : List.of("", "   ", "// only a comment\n",
				"plan demo\npriority 1 \"W\" {\n    action 1.1 \"R\" { lead ",
				"plan demo\nperson sjs \"S\"\npriority 1 \"W\" { action 1.1 \"R\" { lead sjs due 2025-03 } }\n",
				"plan demo\nperson sjs \"S\"\npriority 1 \"W\" {\n    action 1.1 \"R\" {\n        lead sjs\n        due \n    }\n"
						+ "    action 1.2 \"Q\" { depends on 1. }\n}\n",
				"plan demo {\n    covers 2025-01 to \n}\nmeasure m \"M\" unit count lower is better\n"
						+ "priority 1 \"W\" { action 1.1 \"R\" { target m 3 by 2025-06 status } }\n")) {
			XtextResource resource = (XtextResource) loader().loadTexts(Map.of("t.plan", text)).resourceSet()
					.getResources().get(0);
			int length = resource.getParseResult().getRootNode().getTotalEndOffset();
			assertSameAt(resource, IntStream.rangeClosed(0, length).boxed().toList());
		}
	}

	/** Offsets at the start, inside and at the end of leaves, spread evenly over the plan. */
	private static List<Integer> spreadOffsets(XtextResource resource) {
		TreeSet<Integer> candidates = new TreeSet<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			candidates.add(leaf.getOffset());
			candidates.add(leaf.getOffset() + leaf.getLength() / 2);
			candidates.add(leaf.getEndOffset());
		}
		List<Integer> all = new ArrayList<>(candidates);
		int step = Math.max(1, all.size() / OFFSETS_PER_PLAN);
		List<Integer> chosen = new ArrayList<>();
		for (int i = 0; i < all.size(); i += step) {
			chosen.add(all.get(i));
		}
		return chosen;
	}

	/** How many of the offsets proposed anything; fails where the two paths differ. */
	private static int assertSameAt(XtextResource resource, List<Integer> offsets) {
		String text = resource.getParseResult().getRootNode().getText();
		int proposing = 0;
		for (int offset : offsets) {
			List<String> full = proposals(fullParse(), text, offset, resource);
			List<String> partial = proposals(INJECTOR.getInstance(PlansContentAssistContextFactory.class), text, offset,
					resource);
			assertEquals(full, partial, () -> "offset " + offset + " in " + resource.getURI().lastSegment() + " at '"
					+ text.substring(Math.max(0, offset - 30), offset) + "|'");
			if (!full.isEmpty()) {
				proposing++;
			}
		}
		return proposing;
	}

	/** Xtext's own factory, which parses the text from the start of the file to the cursor. */
	private static ContentAssistContextFactory fullParse() {
		ContentAssistContextFactory factory = new ContentAssistContextFactory();
		INJECTOR.injectMembers(factory);
		return factory;
	}

	private static List<String> proposals(ContentAssistContextFactory factory, String text, int offset,
			XtextResource resource) {
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = INJECTOR.getInstance(IdeContentProposalAcceptor.class);
		INJECTOR.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
		List<String> entries = new ArrayList<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			entries.add(String.join(" | ", entry.getProposal(), entry.getPrefix(), String.valueOf(entry.getLabel()),
					String.valueOf(entry.getDescription()), String.valueOf(entry.getKind()),
					String.valueOf(entry.getTextReplacements()), String.valueOf(entry.getEditPositions()),
					String.valueOf(entry.getEscapePosition())));
		}
		return entries;
	}

	private static PlanLoader loader() {
		return INJECTOR.getInstance(PlanLoader.class);
	}
}
