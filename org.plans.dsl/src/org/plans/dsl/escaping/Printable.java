package org.plans.dsl.escaping;

/** Plan text made safe to print in any format, before that format's own escaping. */
public final class Printable {

	private Printable() {
	}

	/**
	 * Line breaks (CR LF, CR) become "\n" and other control characters (U+0000 to U+001F
	 * except tab, and U+007F) become U+FFFD, so nothing is silently lost; null becomes "".
	 */
	public static String of(String text) {
		if (text == null) {
			return "";
		}
		String lines = text.replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder sb = new StringBuilder(lines.length());
		for (int i = 0; i < lines.length(); i++) {
			char c = lines.charAt(i);
			sb.append((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f ? '\uFFFD' : c);
		}
		return sb.toString();
	}
}
