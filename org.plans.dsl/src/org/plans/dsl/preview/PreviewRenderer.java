package org.plans.dsl.preview;

import java.io.IOException;

import org.plans.dsl.facts.PlanFacts;

/**
 * Turns a plan's facts into a page an editor shows beside the text. The generators provide it
 * ({@code META-INF/services/org.plans.dsl.preview.PreviewRenderer}); the IDE services, which never
 * depend on the generators, find it with {@link java.util.ServiceLoader} or are given one.
 */
public interface PreviewRenderer {

	/** A complete, self-contained HTML page. */
	String render(PlanFacts plan, PreviewKind kind) throws IOException;
}
