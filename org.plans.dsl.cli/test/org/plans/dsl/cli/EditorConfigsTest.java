package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * docs/editors.md's Helix configuration, which the tests cannot run (Debian has no Helix): it is
 * valid TOML in Helix's languages.toml shape, starts {@code plans lsp} for *.plan files and sends
 * the initialization option. The Neovim and Emacs ones are run for real by NeovimClientIT and
 * EmacsClientIT.
 */
class EditorConfigsTest {

	@Test
	void helixStartsPlansLspForPlanFiles() throws Exception {
		JsonNode helix = new TomlMapper().readTree(EditorDocs.block("Helix", "toml"));
		JsonNode server = helix.at("/language-server/plans");
		assertEquals("plans", server.get("command").asString(), helix.toString());
		assertEquals("[\"lsp\"]", server.get("args").toString(), helix.toString());
		assertEquals("https://plans.org/", server.at("/config/rulesDocsBase").asString(), helix.toString());
		assertEquals(1, helix.get("language").size(), helix.toString());
		JsonNode language = helix.get("language").get(0);
		assertEquals("plans", language.get("name").asString());
		assertEquals("source.plan", language.get("scope").asString(), "the TextMate scope the VS Code grammar uses");
		assertEquals("[\"plan\"]", language.get("file-types").toString());
		assertEquals("[\"plans\"]", language.get("language-servers").toString(), "names the server above");
		assertEquals("//", language.get("comment-token").asString());
		assertEquals(4, language.at("/indent/tab-width").asInt(), "plans format indents by four spaces");
		assertEquals("    ", language.at("/indent/unit").asString());
		for (String key : List.of("roots", "file-types", "language-servers")) {
			assertTrue(language.get(key).isArray(), key);
		}
	}

	@Test
	void theServerCommandOfEveryClientIsPlansLsp() throws Exception {
		assertTrue(EditorDocs.block("Neovim", "lua").contains("cmd = { 'plans', 'lsp' }"));
		assertTrue(EditorDocs.block("Emacs (eglot)", "elisp").contains("(plans-mode . (\"plans\" \"lsp\""));
		Cli.Run help = Cli.run("help", "lsp");
		assertEquals(0, help.exit(), help.err());
	}
}
