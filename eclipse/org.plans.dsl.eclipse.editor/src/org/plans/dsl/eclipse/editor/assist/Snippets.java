package org.plans.dsl.eclipse.editor.assist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LSP snippet text ({@code due ${1:2025-03}}) as plain text, with where the first placeholder
 * is, so the proposal can select it.
 */
record Snippets(String text, int selectionStart, int selectionLength) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\d+)(?::([^}]*))?\\}|\\$(\\d+)");

	static Snippets of(String snippet) {
		StringBuilder text = new StringBuilder();
		Matcher m = PLACEHOLDER.matcher(snippet);
		int last = 0;
		int selectionStart = -1;
		int selectionLength = 0;
		while (m.find()) {
			text.append(unescape(snippet.substring(last, m.start())));
			String value = m.group(2) == null ? "" : m.group(2);
			if (selectionStart < 0 && !"0".equals(m.group(1) == null ? m.group(3) : m.group(1))) {
				selectionStart = text.length();
				selectionLength = value.length();
			}
			text.append(value);
			last = m.end();
		}
		text.append(unescape(snippet.substring(last)));
		return new Snippets(text.toString(), selectionStart < 0 ? text.length() : selectionStart, selectionLength);
	}

	private static String unescape(String s) {
		return s.replace("\\$", "$").replace("\\}", "}").replace("\\\\", "\\");
	}
}
