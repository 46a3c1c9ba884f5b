package org.plans.dsl.escaping;

/** Plan text in HTML (and SVG): the one HTML escaper of the generators and the tracker targets. */
public final class Html {

	private Html() {
	}

	/** Text safe in element content and in quoted attribute values; control characters become U+FFFD. */
	public static String escape(String text) {
		return escape(text, true);
	}

	/** Text safe in element content only: quotes are kept as they are; control characters become U+FFFD. */
	public static String content(String text) {
		return escape(text, false);
	}

	private static String escape(String text, boolean quotes) {
		String printable = Printable.of(text);
		StringBuilder sb = new StringBuilder(printable.length() + 16);
		for (int i = 0; i < printable.length(); i++) {
			char c = printable.charAt(i);
			switch (c) {
			case '&' -> sb.append("&amp;");
			case '<' -> sb.append("&lt;");
			case '>' -> sb.append("&gt;");
			case '"' -> sb.append(quotes ? "&quot;" : "\"");
			case '\'' -> sb.append(quotes ? "&#39;" : "'");
			default -> sb.append(c);
			}
		}
		return sb.toString();
	}
}
