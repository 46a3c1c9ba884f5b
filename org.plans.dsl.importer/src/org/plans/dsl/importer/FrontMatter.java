package org.plans.dsl.importer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plans.dsl.importer.detect.DateReader;
import org.plans.dsl.importer.detect.ProgressEntries;

/**
 * Text before the first section: the title page (title, organisation, issue date, version, period,
 * as-of; {@link TitlePage}), the introduction, and the recommendations and monitoring bodies
 * listed under a line ending in ":" or under a "Recommendations and findings" heading.
 */
final class FrontMatter {

	private static final Pattern BULLET = Pattern.compile("^-\\s+(.+)$");

	private final ImportedPlan plan;
	/** "recommendations" or "boards" while the items of such a list are read; null otherwise. */
	private String listMode;

	FrontMatter(ImportedPlan plan) {
		this.plan = plan;
	}

	/** Reads one paragraph before the first section into the plan; {@code next} is the paragraph after it ("" if none). */
	void read(String text, String next) {
		Matcher bullet = BULLET.matcher(text);
		if (bullet.matches() && listMode != null) {
			if (listMode.equals("recommendations")) {
				plan.recommendation(bullet.group(1));
			} else {
				plan.board(bullet.group(1));
			}
			return;
		}
		String[] source = TitlePage.source(text);
		if (source != null && "sources".equals(listMode)) {
			plan.source(source[0], source[1], source[2]);
			return;
		}
		listMode = null;
		String lower = text.toLowerCase(Locale.ROOT);
		String[] covers = TitlePage.covers(text);
		if (plan.hasTitle() && TitlePage.SOURCES_HEADING.matcher(text.strip()).matches()) {
			// "Recommendations and findings": a heading, the lines under it the plan's sources
			listMode = "sources";
		} else if (TitlePage.issued(text) != null) {
			plan.issued(TitlePage.issued(text));
		} else if (covers != null) {
			plan.covers(covers[0], covers[1]);
		} else if (TitlePage.isAsOf(text) || TitlePage.isNoAsOf(text)) {
			// the plan's as-of, read with the document's progress date; or the Word target's words for none
			return;
		} else if (TitlePage.labelledVersion(text) != null) {
			String version = TitlePage.labelledVersion(text);
			plan.version(version, DateReader.plainDate(version.replaceFirst("(?i)^version\\s*[0-9.]*,?", "")));
		} else if (text.endsWith(":") && lower.contains("recommendation")) {
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
		} else if (!plan.hasTitle() && TitlePage.organisationAndTitle(text) != null) {
			// "Southmoor Council – Children's Social Care Improvement Plan": the council, then the title
			plan.organisation = TitlePage.organisationAndTitle(text)[0];
			plan.title(TitlePage.organisationAndTitle(text)[1]);
		} else if (!plan.hasTitle()) {
			plan.title(text);
		} else if (DateReader.plainDate(text) != null && text.length() < 30 && !plan.hasIntroduction()) {
			plan.issued(DateReader.plainDate(text));
		} else if (!plan.hasIntroduction() && plan.organisation == null && TitlePage.isOrganisation(plan.title())
				&& TitlePage.isTitleAfterOrganisation(text)) {
			// the council's name printed above the title: the organisation, and the line under it the title,
			// also when the title page's version, date or period follows it
			plan.organisation = plan.title().strip();
			plan.title(text);
		} else if (!plan.hasIntroduction() && plan.organisation == null
				&& (TitlePage.isOrganisation(text) || TitlePage.isShortLine(text) && TitlePage.isTitlePageLine(next))) {
			// a council's name under the title, or a short line followed by the title page's version, date or period
			plan.organisation = text.strip();
		} else if (!plan.hasIntroduction() && text.length() < 60 && !text.endsWith(".")) {
			plan.title(plan.title() + " – " + text);
		} else {
			plan.introduction(text);
		}
	}
}
