package org.plans.dsl.eclipse.editor.assist;

/** The language server's Markdown hovers as plain text for the text editor's hover. */
final class Markdown {

	private Markdown() {
	}

	static String plain(String markdown) {
		return markdown.replace("**", "").replace("`", "").replaceAll("(?m)^#+ ", "").replace("\\", "").strip();
	}
}
