package org.plans.dsl.tests.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules as docs/rules.md describes them: code, stated default severity and the two example plans. */
record RulesDoc(String code, String name, String defaultSeverity, String failing, String passing) {

	static final String MARKER = "// <- reported here";

	private static final Pattern HEADING = Pattern.compile("^## (PLAN-\\d{3}) (\\S+)$", Pattern.MULTILINE);
	private static final Pattern SEVERITY = Pattern.compile("\\*\\*Default severity:\\*\\* (\\w+)");
	private static final Pattern FAILS = Pattern.compile("Fails:\\s*\\n\\s*```plan\\n(.*?)```", Pattern.DOTALL);
	private static final Pattern PASSES = Pattern.compile("Passes[^\\n]*:\\s*\\n\\s*```plan\\n(.*?)```", Pattern.DOTALL);

	static List<RulesDoc> read(Path file) {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<RulesDoc> result = new ArrayList<>();
		Matcher heading = HEADING.matcher(text);
		List<int[]> starts = new ArrayList<>();
		List<String[]> names = new ArrayList<>();
		while (heading.find()) {
			starts.add(new int[] { heading.start() });
			names.add(new String[] { heading.group(1), heading.group(2) });
		}
		for (int i = 0; i < starts.size(); i++) {
			int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
			String section = text.substring(starts.get(i)[0], end);
			Matcher severity = SEVERITY.matcher(section);
			Matcher fails = FAILS.matcher(section);
			Matcher passes = PASSES.matcher(section);
			result.add(new RulesDoc(names.get(i)[0], names.get(i)[1], severity.find() ? severity.group(1) : null,
					fails.find() ? fails.group(1) : null, passes.find() ? passes.group(1) : null));
		}
		return result;
	}

	/** The 1-based lines of the failing example marked as where the finding is reported. */
	List<Integer> markedLines() {
		List<Integer> lines = new ArrayList<>();
		String[] all = failing.split("\n", -1);
		for (int i = 0; i < all.length; i++) {
			if (all[i].contains(MARKER)) {
				lines.add(i + 1);
			}
		}
		return lines;
	}
}
