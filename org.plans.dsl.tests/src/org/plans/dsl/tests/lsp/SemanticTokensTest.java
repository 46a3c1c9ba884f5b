package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.lsp.LanguageServerSession.MORE;
import static org.plans.dsl.tests.lsp.LanguageServerSession.get;
import static org.plans.dsl.tests.lsp.LspText.id;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Semantic tokens of the real server, decoded with the legend it announced at {@code initialize}. */
@ExtendWith(LanguageServerSessionExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SemanticTokensTest {

	private final LanguageServerSession session;

	SemanticTokensTest(LanguageServerSession session) {
		this.session = session;
	}

	@Test
	void semanticTokens() throws Exception {
		SemanticTokensLegend legend = session.initializeResult().getCapabilities().getSemanticTokensProvider().getLegend();
		String text = session.constructsText();
		SemanticTokens tokens = get(session.server().getTextDocumentService()
				.semanticTokensFull(new SemanticTokensParams(id(session.constructs))));
		List<String> decoded = decode(tokens.getData(), legend, text);
		assertTrue(decoded.contains("// Every construct of the language in one small plan.=comment"), decoded.toString());
		assertTrue(decoded.contains("plan=keyword"), decoded.toString());
		assertTrue(decoded.contains("demo=namespace+declaration"), decoded.toString());
		assertTrue(decoded.contains("ana=variable+declaration"), decoded.toString());
		assertTrue(decoded.contains("\"Ana Patel\"=string"), decoded.toString());
		assertTrue(decoded.contains("hos=parameter"), decoded.toString());
		assertTrue(decoded.contains("hr=parameter"), "a team named as a lead: " + decoded);
		assertTrue(decoded.contains("green=enumMember"), decoded.toString());
		assertTrue(decoded.contains("in-progress=enumMember"), decoded.toString());
		assertTrue(decoded.contains("2024-08=number"), decoded.toString());
		assertTrue(decoded.contains("caseload=property"), decoded.toString());
		assertTrue(decoded.contains("1.1=function+declaration"), decoded.toString());
		assertTrue(decoded.contains("<==operator"), decoded.toString());
		assertTrue(decoded.contains("- in March=string"), "multi-line text is one token per line: " + decoded);

		Path more = session.more;
		List<String> inMore = decode(get(session.server().getTextDocumentService()
				.semanticTokensFull(new SemanticTokensParams(id(more)))).getData(), legend, MORE);
		assertTrue(inMore.contains("demo::=namespace"), inMore.toString());
		assertTrue(inMore.contains("sjs=variable+declaration"), inMore.toString());
	}

	/** "text=type+modifier" for each token, read back from the LSP encoding. */
	private static List<String> decode(List<Integer> data, SemanticTokensLegend legend, String text) {
		String[] lines = text.split("\n", -1);
		List<String> result = new ArrayList<>();
		int line = 0;
		int column = 0;
		for (int i = 0; i + 4 < data.size(); i += 5) {
			line += data.get(i);
			column = data.get(i) == 0 ? column + data.get(i + 1) : data.get(i + 1);
			String token = lines[line].substring(column, column + data.get(i + 2));
			StringBuilder kind = new StringBuilder(legend.getTokenTypes().get(data.get(i + 3)));
			int modifiers = data.get(i + 4);
			for (int m = 0; m < legend.getTokenModifiers().size(); m++) {
				if ((modifiers & (1 << m)) != 0) {
					kind.append('+').append(legend.getTokenModifiers().get(m));
				}
			}
			result.add(token + "=" + kind);
		}
		return result;
	}
}
