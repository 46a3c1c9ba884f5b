package org.plans.dsl.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The editor configurations as docs/editors.md gives them, so the tests run what users copy. */
final class EditorDocs {

	private EditorDocs() {
	}

	/** The first fenced block of {@code language} in the section headed {@code ## heading}. */
	static String block(String heading, String language) throws IOException {
		String doc = Files.readString(Cli.root().resolve("docs/editors.md"));
		int start = doc.indexOf("\n## " + heading + "\n");
		if (start < 0) {
			throw new IllegalStateException("docs/editors.md has no section '## " + heading + "'");
		}
		int end = doc.indexOf("\n## ", start + 1);
		String section = doc.substring(start, end < 0 ? doc.length() : end);
		Matcher fence = Pattern.compile("```" + Pattern.quote(language) + "\n(.*?)```", Pattern.DOTALL).matcher(section);
		if (!fence.find()) {
			throw new IllegalStateException("section '" + heading + "' has no ```" + language + " block");
		}
		return fence.group(1);
	}
}
