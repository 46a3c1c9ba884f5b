package org.plans.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.rules.Rule;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/**
 * Files people actually hand the tools: huge, on one line, unbalanced, binary, in the wrong
 * encoding, with a byte order mark or Windows line ends. Each is read, or gets one clear
 * error with its line and column; none crashes or hangs (the time limits are hang guards).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
class HostileFilesTest {

	private static final Duration HANG_GUARD = Duration.ofMinutes(3);

	private static final String PLAN = "plan word \"Improvement plan\" {\n    as of 2024-06-30\n}\n"
			+ "person ana \"Ana Patel\"\n"
			+ "priority 1 \"Recruitment\" {\n    action 1.1 \"Recruit\" {\n        lead ana\n        due 2024-09\n    }\n}\n";

	@TempDir
	Path dir;

	@Inject
	private PlanLoader loader;

	private PlanLoader.Loaded load(String name, byte[] bytes) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, bytes);
		return assertTimeoutPreemptively(HANG_GUARD, () -> loader.load(List.of(file)));
	}

	private static List<Issue> errors(PlanLoader.Loaded loaded) {
		return loaded.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
	}

	private static Issue onlyError(PlanLoader.Loaded loaded) {
		List<Issue> errors = errors(loaded);
		assertEquals(1, errors.size(), errors.toString());
		return errors.get(0);
	}

	@Test
	void tenMegabytePlanIsRead() throws IOException {
		StringBuilder text = new StringBuilder("plan big \"Big\" {\n    as of 2024-06-30\n}\nperson ana \"Ana\"\n");
		int priorities = 0;
		while (text.length() < 10 * 1024 * 1024) {
			priorities++;
			text.append("priority ").append(priorities).append(" \"Priority ").append(priorities).append("\" {\n");
			for (int a = 1; a <= 20; a++) {
				text.append("    action ").append(priorities).append('.').append(a).append(" \"Action ")
						.append(priorities).append('.').append(a).append(" with a longer title\" {\n")
						.append("        lead ana\n        due 2024-09\n        description \"")
						.append("Text ".repeat(40)).append("\"\n    }\n");
			}
			text.append("}\n");
		}
		PlanLoader.Loaded loaded = load("big.plan", text.toString().getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of(), errors(loaded));
		assertEquals(priorities * 20, PlanFacts.of(loaded.resourceSet()).get(0).actions().size());
	}

	@Test
	void oneMegabyteLineIsRead() throws IOException {
		String title = "word ".repeat(200_000);
		String line = "plan line \"" + title + "\" { as of 2024-06-30 } person ana \"Ana\" priority 1 \"P\" { action 1.1 \""
				+ title + "\" { lead ana due 2024-09 } }";
		PlanLoader.Loaded loaded = load("line.plan", line.getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of(), errors(loaded));
		assertEquals(title, PlanFacts.of(loaded.resourceSet()).get(0).title());
	}

	@Test
	void deepNestingGetsSyntaxErrors() throws IOException {
		String open = "plan deep\npriority 1 \"P\" " + "{ objective \"o\" ".repeat(50_000) + "}".repeat(50_000);
		PlanLoader.Loaded braces = load("deep.plan", open.getBytes(StandardCharsets.UTF_8));
		assertFalse(errors(braces).isEmpty());
		assertTrue(errors(braces).stream().allMatch(i -> i.getLineNumber() >= 1 && i.getMessage() != null));
		PlanLoader.Loaded unbalanced = load("open.plan", ("plan open\n" + "{".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
		assertFalse(errors(unbalanced).isEmpty());
	}

	@Test
	void nulBytesMeanABinaryFile() throws IOException {
		Issue nul = onlyError(load("nul.plan", "plan x \"a\"\nperson p \"P\0\0\"\n".getBytes(StandardCharsets.UTF_8)));
		assertEquals(Rule.NOT_PLAN_TEXT.code(), nul.getCode());
		assertEquals(2, nul.getLineNumber());
		assertEquals(12, nul.getColumn());
		assertTrue(nul.getMessage().contains("binary"), nul.getMessage());

		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertEquals(Rule.NOT_PLAN_TEXT.code(), onlyError(load("image.plan", png)).getCode());
	}

	@Test
	void windows1252FromWordIsNamed() throws IOException {
		String pasted = PLAN.replace("\"Recruit\"", "\"Recruit \u201Cpermanent\u201D staff \u2013 soon\"");
		Issue issue = onlyError(load("word.plan", pasted.getBytes(Charset.forName("windows-1252"))));
		assertEquals(Rule.NOT_PLAN_TEXT.code(), issue.getCode());
		assertEquals(6, issue.getLineNumber());
		assertEquals(25, issue.getColumn(), "the smart quote after 4 spaces and action 1.1 \"Recruit ");
		assertTrue(issue.getMessage().contains("0x93") && issue.getMessage().contains("Windows-1252")
				&& issue.getMessage().contains("save it as UTF-8"), issue.getMessage());

		PlanLoader.Loaded utf8 = load("word-utf8.plan", pasted.getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of(), errors(utf8), "the same text saved as UTF-8 is fine");
		assertEquals("Recruit \u201Cpermanent\u201D staff \u2013 soon",
				PlanFacts.of(utf8.resourceSet()).get(0).actions().get(0).title());
	}

	@Test
	void invalidUtf8IsNamed() throws IOException {
		byte[] bytes = PLAN.getBytes(StandardCharsets.UTF_8);
		bytes[PLAN.indexOf("Ana")] = (byte) 0xC3;
		Issue issue = onlyError(load("broken.plan", bytes));
		assertEquals(4, issue.getLineNumber());
		assertEquals(13, issue.getColumn());
		Issue utf16 = onlyError(load("utf16.plan", ("\uFEFF" + PLAN).getBytes(StandardCharsets.UTF_16LE)));
		assertTrue(utf16.getMessage().contains("UTF-16"), utf16.getMessage());
	}

	@Test
	void byteOrderMarkIsDropped() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		bytes.write(PLAN.getBytes(StandardCharsets.UTF_8));
		PlanLoader.Loaded loaded = load("bom.plan", bytes.toByteArray());
		assertEquals(List.of(), errors(loaded));
		assertEquals("word", PlanFacts.of(loaded.resourceSet()).get(0).id());
	}

	@Test
	void windowsLineEndsKeepLineNumbers() throws IOException {
		PlanLoader.Loaded loaded = load("crlf.plan", PLAN.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of(), errors(loaded));
		Issue error = onlyError(load("crlf-error.plan",
				PLAN.replace("lead ana", "lead nobody").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
		assertEquals(7, error.getLineNumber());
		assertEquals(14, error.getColumn());
	}

	@Test
	void oldMacLineEndsKeepLineNumbersToTheLastLine() throws IOException {
		String mac = PLAN.replace("lead ana", "lead nobody").replace("\n", "\r");
		Issue error = onlyError(load("cr-error.plan", mac.getBytes(StandardCharsets.UTF_8)));
		assertEquals(7, error.getLineNumber());
		assertEquals(14, error.getColumn());
		// an error whose node ends at the end of the text, just after a lone carriage return
		Issue unclosed = onlyError(load("cr-unclosed.plan", "plan p \"P\" {\r".getBytes(StandardCharsets.UTF_8)));
		assertEquals(1, unclosed.getLineNumber());
	}
}
