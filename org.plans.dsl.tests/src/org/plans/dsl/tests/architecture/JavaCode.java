package org.plans.dsl.tests.architecture;

/**
 * Java source with its comments and the contents of its string, text block and character
 * literals blanked out (line breaks kept), so that checks of the code see code only.
 */
final class JavaCode {

	private JavaCode() {
	}

	static String of(String source) {
		StringBuilder out = new StringBuilder(source.length());
		int i = 0;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				while (i < n && source.charAt(i) != '\n') {
					i++;
				}
			} else if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2);
				i = blank(source, i, end < 0 ? n : end + 2, out);
			} else if (source.startsWith("\"\"\"", i)) {
				int end = source.indexOf("\"\"\"", i + 3);
				while (end > 0 && source.charAt(end - 1) == '\\') {
					end = source.indexOf("\"\"\"", end + 1);
				}
				out.append("\"\"\"");
				i = blank(source, i + 3, end < 0 ? n : end, out);
				out.append("\"\"\"");
				i = Math.min(n, i + 3);
			} else if (c == '"' || c == '\'') {
				out.append(c);
				i++;
				while (i < n && source.charAt(i) != c && source.charAt(i) != '\n') {
					i += source.charAt(i) == '\\' ? 2 : 1;
				}
				if (i < n && source.charAt(i) == c) {
					out.append(c);
					i++;
				}
			} else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}

	/** Appends only the line breaks of {@code source[from, to)}. */
	private static int blank(String source, int from, int to, StringBuilder out) {
		for (int i = from; i < to; i++) {
			if (source.charAt(i) == '\n') {
				out.append('\n');
			}
		}
		return to;
	}
}
