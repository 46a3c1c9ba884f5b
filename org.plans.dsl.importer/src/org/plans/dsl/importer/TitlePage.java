package org.plans.dsl.importer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plans.dsl.importer.detect.DateReader;

/**
 * The lines of a title page besides the title: "Issued May 2024", the council's name, "Version 3"
 * or "Version: Version 2, July 2024", "Period: 2024-07 to 2025-12", "Progress as of 1 Oct 2024",
 * and the heading and lines of the recommendations and findings ("r1 (recommendation): …") that
 * {@code plans generate --target docx} writes under it.
 */
final class TitlePage {

	private static final Pattern ISSUED = Pattern.compile("(?i)^(?:issued|date(?: of issue)?|published)\\s*:?\\s+(.{3,30})$");
	private static final Pattern VERSION = Pattern.compile("(?i)^version\\s*:\\s*(.+)$");
	private static final Pattern COVERS = Pattern.compile(
			"(?i)^(?:period|covers|covering|plan period)\\s*:?\\s+(.{3,30}?)\\s+(?:to|until|–|-)\\s+(.{3,30})$");
	private static final Pattern AS_OF = Pattern.compile("(?i)^progress (?:as of|as at)\\s+(.{3,30})$");
	/** The Word target's line for a plan without an as-of date. */
	private static final Pattern NO_AS_OF = Pattern.compile("(?i)^no as-of date\\b.*$");
	/** The words that make a short line under the title the organisation's name: "London Borough of Carrow". */
	private static final Pattern ORGANISATION = Pattern.compile(
			"(?i)^(?!.*\\b(?:plan|report|strategy)\\b).*\\b(?:council|borough|county|authority|trust|metropolitan|city of|nhs|integrated care board|health board|icb|cyngor)\\b.*$");
	/** The heading over the recommendations and findings. */
	static final Pattern SOURCES_HEADING = Pattern.compile("(?i)^(?:recommendations|findings)(?: and (?:findings|recommendations))?$");
	/** One recommendation or finding as the Word target writes it: "r1 (recommendation): Improve …". */
	private static final Pattern SOURCE = Pattern.compile(
			"^([A-Za-z][A-Za-z0-9_]*(?:\\.[0-9]+)*) \\((recommendation|finding)\\b[^)]*\\): (.+)$", Pattern.DOTALL);

	private TitlePage() {
	}

	/** The date an "Issued …" line gives, or null. */
	static String issued(String text) {
		Matcher m = ISSUED.matcher(text.strip());
		return m.matches() ? DateReader.plainDate(m.group(1)) : null;
	}

	/** The version a "Version: …" line gives after its label, or null. */
	static String labelledVersion(String text) {
		Matcher m = VERSION.matcher(text.strip());
		return m.matches() ? m.group(1).strip() : null;
	}

	/** The two dates of a "Period: … to …" line, or null. */
	static String[] covers(String text) {
		Matcher m = COVERS.matcher(text.strip());
		if (!m.matches()) {
			return null;
		}
		String from = DateReader.plainDate(m.group(1));
		String to = DateReader.plainDate(m.group(2));
		return from == null || to == null ? null : new String[] { from, to };
	}

	/** True for "Progress as of 1 Oct 2024" (the date is the plan's as-of, read with the document's progress date). */
	static boolean isAsOf(String text) {
		Matcher m = AS_OF.matcher(text.strip());
		return m.matches() && DateReader.plainDate(m.group(1)) != null;
	}

	/** True for the line the Word target writes where a plan has no as-of date. */
	static boolean isNoAsOf(String text) {
		return NO_AS_OF.matcher(text.strip()).matches();
	}

	/** True if a short line names an organisation rather than going on with the title. */
	static boolean isOrganisation(String text) {
		return text.length() < 80 && !text.endsWith(".") && ORGANISATION.matcher(text.strip()).matches();
	}

	private static final Pattern DASHED = Pattern.compile("^(.+?)\\s+[–—-]\\s+(.+)$");

	/** {organisation, title} of a title line that names the council before a dash, or null. */
	static String[] organisationAndTitle(String text) {
		Matcher m = DASHED.matcher(text.strip());
		return m.matches() && isOrganisation(m.group(1)) && isTitleAfterOrganisation(m.group(2))
				? new String[] { m.group(1).strip(), m.group(2).strip() } : null;
	}

	/** True if a line under a council's name can be the plan's title: short, no sentence, no other organisation. */
	static boolean isTitleAfterOrganisation(String text) {
		return text.length() < 120 && !text.endsWith(".") && !text.endsWith(":") && !isOrganisation(text);
	}

	/** True if a line is short enough for a name and no sentence. */
	static boolean isShortLine(String text) {
		return text.length() < 60 && !text.endsWith(".") && !text.endsWith(":");
	}

	/** True for a title-page line after the organisation: a version, issue date, period or as-of (or their absence). */
	static boolean isTitlePageLine(String text) {
		String t = text.strip();
		return issued(t) != null || labelledVersion(t) != null || t.toLowerCase(Locale.ROOT).startsWith("version ")
				|| covers(t) != null || isAsOf(t) || isNoAsOf(t) || DateReader.plainDate(t) != null && t.length() < 30;
	}

	/** {kind, id, text} of a recommendation or finding line, or null. */
	static String[] source(String text) {
		Matcher m = SOURCE.matcher(text.strip());
		return m.matches() ? new String[] { m.group(2), m.group(1), m.group(3).strip() } : null;
	}
}
