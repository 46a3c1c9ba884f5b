package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.cli.format.UnifiedDiff;
import org.plans.dsl.formatting2.PlanFormatting;

/** The diff of {@code format --check} applies with {@code git apply} and with {@code patch}, and gives the formatted file. */
class FormatCheckDiffTest {

	@TempDir
	Path dir;

	/** messy.plan as it is, without its final line break, with CRLF line ends, and with its last line already formatted. */
	@ParameterizedTest
	@ValueSource(strings = { "as is", "no final line break", "crlf", "change at the top only" })
	void theDiffApplies(String variant) throws Exception {
		String messy = Files.readString(Cli.root().resolve("org.plans.dsl.cli/test-resources/format/messy.plan"),
				StandardCharsets.UTF_8);
		String original = switch (variant) {
		case "no final line break" -> messy.stripTrailing();
		case "crlf" -> messy.replace("\n", "\r\n");
		case "change at the top only" -> format(messy).replaceFirst("plan x \"X\" \\{", "plan   x \"X\"  {");
		default -> messy;
		};
		String formatted = format(original);
		assertFalse(formatted.equals(original));
		String diff = UnifiedDiff.of("messy.plan", original, formatted);
		assertFalse(diff.endsWith("\n \n"), "no phantom empty context line at the end: " + diff);
		for (List<String> tool : List.of(List.of("git", "apply", "-p1", "../fix.diff"), List.of("patch", "-p1", "-i", "../fix.diff"))) {
			Path work = Files.createDirectories(dir.resolve(tool.get(0)).resolve("repo"));
			Files.writeString(work.resolve("messy.plan"), original, StandardCharsets.UTF_8);
			Files.writeString(work.resolveSibling("fix.diff"), diff, StandardCharsets.UTF_8);
			Processes.Result applied = Processes.run(work, tool.toArray(String[]::new));
			assertEquals(0, applied.exit(), tool + ": " + applied.output() + "\n" + diff);
			assertEquals(formatted, Files.readString(work.resolve("messy.plan"), StandardCharsets.UTF_8), tool + "\n" + diff);
		}
	}

	private static String format(String text) {
		PlanFormatting.Result result = Language.get(PlanFormatting.class).format(text, "messy.plan");
		assertEquals(List.of(), result.syntaxErrors());
		return result.text();
	}
}
