package org.plans.dsl.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "What inspectors found: …", "Inspection finding – …": a finding written as a line of text. */
final class Findings {

	private static final Pattern FOUND = Pattern.compile(
			"(?i)^(?:what (?:the )?(?:inspectors|ofsted|inspection) found|(?:inspection |ofsted )?finding)\\s*[0-9]*\\s*[:–—-]\\s*(.{3,})$",
			Pattern.DOTALL);

	private Findings() {
	}

	/** The finding a line states, or null. */
	static String read(String text) {
		Matcher m = FOUND.matcher(text.strip());
		return m.matches() ? m.group(1).strip() : null;
	}
}
