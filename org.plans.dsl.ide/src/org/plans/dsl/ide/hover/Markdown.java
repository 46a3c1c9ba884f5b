package org.plans.dsl.ide.hover;

/** Plan text made safe for Markdown hovers: characters Markdown would act on are escaped. */
final class Markdown {

	private Markdown() {
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(text.length());
		for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
			if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
				sb.append('\\');
			}
			sb.append(c);
		}
		return sb.toString();
	}
}
