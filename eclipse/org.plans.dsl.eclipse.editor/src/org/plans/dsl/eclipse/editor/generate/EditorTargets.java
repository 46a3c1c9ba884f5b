package org.plans.dsl.eclipse.editor.generate;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.plans.dsl.generator.PlanTarget;
import org.plans.dsl.generator.html.HtmlTarget;
import org.plans.dsl.generator.report.ReportTarget;
import org.plans.dsl.generator.lead.ByLeadTarget;
import org.plans.dsl.generator.markdown.MarkdownTarget;

/**
 * The generator targets the editor can run: those made of the language alone, named here rather
 * than found by service loading (which would load every target, and the others need libraries
 * the editor bundle does not carry: csv, json, ics, docx and the trackers' targets are the
 * command line's).
 */
public final class EditorTargets {

	private EditorTargets() {
	}

	public static List<PlanTarget> all() {
		return Stream.<PlanTarget>of(new ReportTarget(), new HtmlTarget(), new MarkdownTarget(), new ByLeadTarget())
				.sorted(Comparator.comparing(PlanTarget::name)).toList();
	}

	/** Their names, as {@code plans generate --target} takes them. */
	public static List<String> names() {
		return all().stream().map(PlanTarget::name).toList();
	}
}
