package org.plans.dsl.ide.server;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.plans.dsl.rules.Rule;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * What a diagnostic says about where it comes from: {@code source} "plans", and a link to its
 * rule in docs/rules.md. The link's base is the initialization option {@code rulesDocsBase}
 * (for a copy of the docs of another version, or a local one), by default the published docs.
 */
final class RuleDocs {

	/** Where docs/ is published; {@link Rule#docsLink()} is relative to it. */
	static final String DEFAULT_BASE = "https://plans.org/";

	static final String SOURCE = "plans";

	/** The initialization option naming the base of the links. */
	static final String OPTION = "rulesDocsBase";

	private volatile String base = DEFAULT_BASE;

	/** Reads the base from the client's initialization options, if it gives one. */
	void configure(Object initializationOptions) {
		if (initializationOptions instanceof JsonObject options && options.get(OPTION) instanceof JsonPrimitive value
				&& !value.getAsString().isBlank()) {
			String text = value.getAsString().trim();
			base = text.endsWith("/") ? text : text + "/";
		}
	}

	/** Sets the source and, for a finding of a known rule, the link to the rule's documentation. */
	Diagnostic describe(Diagnostic diagnostic) {
		diagnostic.setSource(SOURCE);
		if (diagnostic.getCode() != null && diagnostic.getCode().isLeft()) {
			Rule.byCode(diagnostic.getCode().getLeft())
					.ifPresent(rule -> diagnostic.setCodeDescription(new DiagnosticCodeDescription(base + rule.docsLink())));
		}
		return diagnostic;
	}
}
