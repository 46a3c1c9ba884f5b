package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * The Neovim configuration of docs/editors.md, run in Debian's Neovim (.ci/deps/neovim.sh) with
 * the packaged jar as {@code plans lsp}: a plan with a mistake gets the server's diagnostic, with
 * its rule link, and {@code plans/preview} answers with a page.
 */
class NeovimClientIT {

	private static final String NVIM = "/usr/bin/nvim";

	/** Opens the plan buffer, waits for diagnostics, asks for the preview and writes what it saw as JSON. */
	private static final String PROBE = """
			local buf = vim.api.nvim_get_current_buf()
			local got = vim.wait(120000, function() return #vim.diagnostic.get(buf) > 0 end, 200)
			local clients = (vim.lsp.get_clients or vim.lsp.get_active_clients)()
			local seen = { filetype = vim.bo[buf].filetype, clients = {}, diagnostics = {}, waited = got }
			for _, client in ipairs(clients) do table.insert(seen.clients, client.name) end
			for _, d in ipairs(vim.diagnostic.get(buf)) do
			  local lsp = d.user_data and d.user_data.lsp or {}
			  table.insert(seen.diagnostics, { lnum = d.lnum, col = d.col, severity = d.severity, code = d.code,
			    message = d.message, href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL })
			end
			local reply = vim.lsp.buf_request_sync(buf, 'plans/preview', { uri = vim.uri_from_bufnr(buf), kind = 'report' }, 60000)
			for _, answer in pairs(reply or {}) do
			  if answer.result then seen.preview = answer.result.html:sub(1, 200) end
			end
			local file = io.open(os.getenv('PLANS_EDITOR_OUT'), 'w')
			file:write(vim.fn.json_encode(seen))
			file:close()
			vim.cmd('qa!')
			""";

	@TempDir
	Path dir;

	@Test
	void theDocumentedConfigurationGetsDiagnosticsAndThePreview() throws Exception {
		EditorSession session = new EditorSession(dir, NVIM, "neovim.sh");
		Path init = session.documented("Neovim", "lua", "init.lua");
		Path probe = session.write("probe.lua", PROBE);
		JsonNode seen = session.run(List.of(NVIM, "--headless", "-n", "-i", "NONE", "-u", init.toString(), session.plan.toString(),
				"-c", "luafile " + probe));
		assertEquals("plans", seen.get("filetype").asString(), seen.toString());
		assertEquals("[\"plans\"]", seen.get("clients").toString(), seen.toString());
		assertTrue(seen.get("waited").asBoolean(), "no diagnostics within two minutes: " + seen);
		JsonNode lead = EditorSession.first(seen.get("diagnostics"), d -> "PLAN-002".equals(d.get("code").asString()),
				"the unknown lead sjss is reported");
		assertEquals(3, lead.get("lnum").asInt(), lead.toString());
		assertEquals(1, lead.get("severity").asInt(), "an error: " + lead);
		assertTrue(lead.get("message").asString().contains("sjss"), lead.toString());
		assertEquals("https://plans.org/docs/rules.md#plan-002-unresolved-reference", lead.get("href").asString(), lead.toString());
		assertTrue(seen.get("preview").asString().startsWith("<!DOCTYPE html>"), seen.toString());
	}
}
