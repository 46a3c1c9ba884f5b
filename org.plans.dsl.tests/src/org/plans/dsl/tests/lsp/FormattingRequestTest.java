package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.plans.dsl.tests.lsp.ServerSession.apply;
import static org.plans.dsl.tests.lsp.ServerSession.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Format Document as {@code plans format} does it: nothing for a broken file, nothing for a formatted one. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class FormattingRequestTest {

	/** A plan laid out badly: the formatter has work to do. */
	private static final String MESSY = String.join("\n",
			"plan demo",
			"person ana   \"Ana Patel\"",
			"priority 1 \"Workforce\" {",
			"action 1.1 \"Recruit social workers\" {",
			"lead ana",
			"        due 2025-03",
			"}",
			"}",
			"");

	@TempDir
	Path workspace;

	private ServerSession session;

	@BeforeEach
	void start() throws Exception {
		session = new ServerSession(workspace, Map.of("demo.plan", MESSY));
		session.start("demo.plan");
	}

	@AfterEach
	void stop() {
		session.close();
	}

	@Test
	void aFormattedFileGetsNoEdits() throws Exception {
		List<? extends TextEdit> first = format();
		assertFalse(first.isEmpty(), "the messy file needs formatting");
		String formatted = apply(MESSY, first);
		session.change("demo.plan", 2, formatted);
		assertEquals(List.of(), format(), "formatting a formatted file changes nothing, and says so with no edits");
		assertEquals(List.of(), formatRange(new Range(new Position(0, 0), new Position(formatted.split("\n").length, 0))));
	}

	/** The examples are kept formatted ({@code plans format --check} in CI): the server must find nothing to do either. */
	@Test
	void formattedExamplesGetNoEdits() throws Exception {
		Path examples = Path.of(System.getProperty("plans.root", "..")).resolve("examples/constructs");
		try (Stream<Path> files = Files.list(examples)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".plan")).toList()) {
				String name = file.getFileName().toString();
				Files.copy(file, workspace.resolve(name));
				session.open(name);
				List<? extends TextEdit> edits = get(session.lsp.getTextDocumentService()
						.formatting(new DocumentFormattingParams(session.id(name), new FormattingOptions(4, true))));
				assertEquals(List.of(), edits, name);
			}
		}
	}

	@Test
	void aFileWithSyntaxErrorsIsNotFormatted() throws Exception {
		String broken = MESSY.replace("        due 2025-03", "        due 2025-03 due");
		session.change("demo.plan", 2, broken);
		session.awaitErrors("demo.plan", true);
		assertEquals(List.of(), format(), "as plans format, the server leaves a file with syntax errors alone");
		assertEquals(List.of(), formatRange(new Range(new Position(2, 0), new Position(7, 1))));
	}

	private List<? extends TextEdit> format() throws Exception {
		return get(session.lsp.getTextDocumentService()
				.formatting(new DocumentFormattingParams(session.id("demo.plan"), new FormattingOptions(4, true))));
	}

	private List<? extends TextEdit> formatRange(Range range) throws Exception {
		return get(session.lsp.getTextDocumentService().rangeFormatting(
				new DocumentRangeFormattingParams(session.id("demo.plan"), new FormattingOptions(4, true), range)));
	}
}
