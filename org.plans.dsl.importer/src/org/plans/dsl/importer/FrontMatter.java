package org.plans.dsl.importer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plans.dsl.importer.detect.DateReader;
import org.plans.dsl.importer.detect.ProgressEntries;

/**
 * Text before the first section: the title, issue date and version, the introduction, and the
 * recommendations and monitoring bodies listed under a line ending in ":".
 */
final class FrontMatter {

	private static final Pattern BULLET = Pattern.compile("^-\\s+(.+)$");

	private final ImportedPlan plan;
	/** "recommendations" or "boards" while the items of such a list are read; null otherwise. */
	private String listMode;

	FrontMatter(ImportedPlan plan) {
		this.plan = plan;
	}

	/** Reads one paragraph before the first section into the plan. */
	void read(String text) {
		Matcher bullet = BULLET.matcher(text);
		if (bullet.matches() && listMode != null) {
			if (listMode.equals("recommendations")) {
				plan.recommendation(bullet.group(1));
			} else {
				plan.board(bullet.group(1));
			}
			return;
		}
		listMode = null;
		String lower = text.toLowerCase(Locale.ROOT);
		if (text.endsWith(":") && lower.contains("recommendation")) {
			listMode = "recommendations";
			plan.introduction(text);
		} else if (text.endsWith(":") && (lower.contains("monitor") || lower.contains("bodies"))) {
			listMode = "boards";
			plan.introduction(text);
		} else if (ProgressEntries.documentDate(text) != null && plan.version == null) {
			// "Progress updates from January 2023": the document's version line
			plan.version(text, null);
		} else if (lower.startsWith("version")) {
			plan.version(text, DateReader.plainDate(text.substring(7)));
		} else if (!plan.hasTitle()) {
			plan.title(text);
		} else if (DateReader.plainDate(text) != null && text.length() < 30 && !plan.hasIntroduction()) {
			plan.issued(DateReader.plainDate(text));
		} else if (!plan.hasIntroduction() && text.length() < 60 && !text.endsWith(".")) {
			plan.title(plan.title() + " – " + text);
		} else {
			plan.introduction(text);
		}
	}
}
