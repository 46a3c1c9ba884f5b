package org.plans.dsl.conversion;

/** Multi-line text written indented inside a block, read without that indentation. */
public final class TextBlocks {

	private TextBlocks() {
	}

	/**
	 * Removes from every line after the first the leading white space that all non-blank
	 * such lines share; the first line and the words themselves are kept as written.
	 */
	public static String dedent(String text) {
		if (text == null || text.indexOf('\n') < 0) {
			return text;
		}
		String[] lines = text.split("\n", -1);
		int common = Integer.MAX_VALUE;
		for (int i = 1; i < lines.length; i++) {
			String line = lines[i];
			if (!line.isBlank()) {
				int indent = 0;
				while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
					indent++;
				}
				common = Math.min(common, indent);
			}
		}
		if (common == 0 || common == Integer.MAX_VALUE) {
			return text;
		}
		StringBuilder result = new StringBuilder(lines[0]);
		for (int i = 1; i < lines.length; i++) {
			result.append('\n').append(lines[i].isBlank() ? lines[i].strip() : lines[i].substring(common));
		}
		return result.toString();
	}
}
