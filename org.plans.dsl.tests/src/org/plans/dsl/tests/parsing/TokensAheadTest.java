package org.plans.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.parser.TokensAhead;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/** A plan parsed from tokens lexed ahead is the same plan, with the same findings, as one lexed by the parser. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class TokensAheadTest {

	@Inject
	private PlanLoader loader;

	@ParameterizedTest
	@MethodSource("org.plans.dsl.tests.support.TestFiles#examplePlans")
	void sameModelNodesAndFindings(Path example) throws IOException {
		String text = Files.readString(example);
		PlanLoader.Loaded lexedByParser = loader.loadTexts(Map.of("a.plan", text));
		TokensAhead.lex(text);
		assertTrue(TokensAhead.isKept(text));
		PlanLoader.Loaded lexedAhead = loader.loadTexts(Map.of("a.plan", text));
		assertFalse(TokensAhead.isKept(text), "the tokens are used once");

		XtextResource before = resource(lexedByParser);
		XtextResource after = resource(lexedAhead);
		assertTrue(EcoreUtil.equals(before.getContents(), after.getContents()), example.toString());
		assertEquals(leaves(before), leaves(after));
		assertEquals(text, after.getParseResult().getRootNode().getText(), "the whole text, in one piece");
		assertEquals(findings(lexedByParser.issues()), findings(lexedAhead.issues()));
	}

	@Test
	void textWithALexerErrorIsLeftToTheParser() {
		String text = "plan p \"P\"\nperson a \"A\n";
		List<String> expected = findings(loader.loadTexts(Map.of("a.plan", text)).issues());
		TokensAhead.lex(text);
		assertFalse(TokensAhead.isKept(text));
		assertEquals(expected, findings(loader.loadTexts(Map.of("a.plan", text)).issues()));
		assertFalse(expected.isEmpty());
	}

	private static XtextResource resource(PlanLoader.Loaded loaded) {
		return (XtextResource) loaded.resourceSet().getResources().get(0);
	}

	private static List<String> leaves(XtextResource resource) {
		List<String> result = new ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			result.add(leaf.getOffset() + ":" + leaf.getText() + ":" + leaf.isHidden() + ":" + leaf.getGrammarElement());
		}
		return result;
	}

	private static List<String> findings(List<Issue> issues) {
		return issues.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getCode() + " " + i.getMessage())
				.toList();
	}
}
