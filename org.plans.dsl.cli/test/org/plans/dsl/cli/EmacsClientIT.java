package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * The Emacs configuration of docs/editors.md, run in Debian's Emacs with its eglot
 * (.ci/deps/emacs.sh) against the packaged jar as {@code plans lsp}: the plan gets the server's
 * findings through Flymake, and eglot sent the initialization option.
 */
class EmacsClientIT {

	private static final String EMACS = "/usr/bin/emacs";

	/**
	 * Opens the plan; runs the post-command hook (where {@code eglot-ensure} connects, as after
	 * any command in an interactive Emacs); waits for Flymake's diagnostics; writes them as JSON.
	 */
	private static final String PROBE = """
			(require 'json)
			(require 'eglot)
			(find-file (getenv "PLANS_EDITOR_PLAN"))
			(run-hooks 'post-command-hook)
			(let ((deadline (+ (float-time) 120)))
			  (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
			    (accept-process-output nil 0.2)
			    (when (eglot-current-server) (flymake-start))))
			(let* ((server (eglot-current-server))
			       (seen `((mode . ,(symbol-name major-mode))
			               (command . ,(if server (vconcat (process-command (jsonrpc--process server))) []))
			               (initializationOptions . ,(if server (eglot-initialization-options server) :null))
			               (diagnostics . ,(vconcat
			                                (mapcar (lambda (d)
			                                          `((line . ,(line-number-at-pos (flymake-diagnostic-beg d)))
			                                            (type . ,(symbol-name (flymake-diagnostic-type d)))
			                                            (text . ,(flymake-diagnostic-text d))))
			                                        (flymake-diagnostics)))))))
			  (with-temp-file (getenv "PLANS_EDITOR_OUT") (insert (json-encode seen)))
			  (when server (eglot-shutdown server)))
			(kill-emacs 0)
			""";

	@TempDir
	Path dir;

	@Test
	void theDocumentedConfigurationGetsTheFindings() throws Exception {
		EditorSession session = new EditorSession(dir, EMACS, "emacs.sh");
		JsonNode seen = session.run(List.of(EMACS, "--batch", "-l", session.documented("Emacs (eglot)", "elisp", "init.el").toString(),
				"-l", session.write("probe.el", PROBE).toString()));
		assertEquals("plans-mode", seen.get("mode").asString(), seen.toString());
		assertEquals("[\"plans\",\"lsp\"]", seen.get("command").toString(), seen.toString());
		assertEquals("https://plans.org/", seen.at("/initializationOptions/rulesDocsBase").asString(), seen.toString());
		JsonNode lead = EditorSession.first(seen.get("diagnostics"), d -> d.get("text").asString().contains("[PLAN-002]"),
				"the unknown lead sjss is reported");
		assertEquals(4, lead.get("line").asInt(), lead.toString());
		assertEquals("eglot-error", lead.get("type").asString(), lead.toString());
		assertTrue(lead.get("text").asString().contains("sjss"), lead.toString());
	}
}
