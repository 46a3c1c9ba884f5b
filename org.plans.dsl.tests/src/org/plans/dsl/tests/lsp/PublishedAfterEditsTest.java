package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the server publishes after each of a series of random keystroke edits of a large example
 * (another month, another lead, a line repeated or removed, so findings change and lines move)
 * is, field by field and in order, what a fresh server publishes for the same text: diagnostics
 * kept from before an edit are those of the text after it.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class PublishedAfterEditsTest {

	private static final Pattern DATE = Pattern.compile("\\b20\\d\\d-(0[1-9]|1[0-2])\\b");

	private static final Pattern LEAD = Pattern.compile("^\\s*lead ([\\w.-]+)");

	private static final Pattern PERSON = Pattern.compile("^person ([\\w.-]+)");

	@TempDir
	Path workspace;

	@ParameterizedTest
	@ValueSource(strings = { "hillingdon-csc-2015.plan", "cambridgeshire-ofsted-2024.plan" })
	void diagnosticsAfterEachEditAreThoseOfAFreshServer(String example) throws Exception {
		String text = Files.readString(Path.of("../examples", example));
		Random random = new Random(example.hashCode());
		try (ServerSession edited = new ServerSession(Files.createDirectories(workspace.resolve("edited")),
				Map.of("plan.plan", text))) {
			edited.start("plan.plan");
			edited.client.awaitDiagnostics(edited.uri("plan.plan"), d -> true, ServerSession.WAIT);
			for (int version = 2; version < 9; version++) {
				String[] edit = randomEdit(text, random);
				Position start = position(text, Integer.parseInt(edit[0]));
				Position end = position(text, Integer.parseInt(edit[1]));
				edited.edit("plan.plan", version, new Range(start, end), edit[2]);
				text = text.substring(0, Integer.parseInt(edit[0])) + edit[2] + text.substring(Integer.parseInt(edit[1]));
				ServerSession.get(edited.lsp.getTextDocumentService().documentSymbol(
						new DocumentSymbolParams(edited.id("plan.plan"))));
				List<String> published = describe(edited.client.latest(edited.uri("plan.plan")));
				assertEquals(fresh(text, version), published, example + " after edit " + version + " " + List.of(edit));
			}
		}
	}

	/** What a server started on {@code text} publishes for it. */
	private List<String> fresh(String text, int version) throws Exception {
		try (ServerSession fresh = new ServerSession(Files.createDirectories(workspace.resolve("fresh-" + version)),
				Map.of("plan.plan", text))) {
			fresh.start("plan.plan");
			List<String> published = describe(
					fresh.client.awaitDiagnostics(fresh.uri("plan.plan"), d -> true, ServerSession.WAIT));
			assertFalse(published.isEmpty(), "the example has findings");
			return published;
		}
	}

	/** Every field of each diagnostic, in the order published. */
	private static List<String> describe(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(Diagnostic::toString).toList();
	}

	/** An edit as {start offset, end offset, new text}: another month or lead, or a line repeated or removed. */
	private static String[] randomEdit(String text, Random random) {
		List<Integer> starts = new ArrayList<>();
		List<String> people = new ArrayList<>(List.of("nobody"));
		for (int at = 0; at < text.length(); at = text.indexOf('\n', at) + 1) {
			starts.add(at);
			Matcher person = PERSON.matcher(line(text, at));
			if (person.find()) {
				people.add(person.group(1));
			}
			if (text.indexOf('\n', at) < 0) {
				break;
			}
		}
		while (true) {
			int at = starts.get(random.nextInt(starts.size()));
			String line = line(text, at);
			Matcher date = DATE.matcher(line);
			Matcher lead = LEAD.matcher(line);
			int kind = random.nextInt(4);
			if (kind == 0 && date.find()) {
				String month = (2019 + random.nextInt(9)) + "-" + String.format("%02d", 1 + random.nextInt(12));
				return edit(at + date.start(), at + date.end(), month);
			} else if (kind == 1 && lead.find()) {
				return edit(at + lead.start(1), at + lead.end(1), people.get(random.nextInt(people.size())));
			} else if (kind == 2 && (date.find() || lead.find())) {
				return edit(at, at, line + "\n"); // repeated: what follows moves a line down
			} else if (kind == 3 && lead.find() && at + line.length() < text.length()) {
				return edit(at, at + line.length() + 1, ""); // removed: what follows moves a line up
			}
		}
	}

	private static String[] edit(int start, int end, String replacement) {
		return new String[] { String.valueOf(start), String.valueOf(end), replacement };
	}

	private static String line(String text, int at) {
		int end = text.indexOf('\n', at);
		return text.substring(at, end < 0 ? text.length() : end);
	}

	private static Position position(String text, int offset) {
		int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
		return new Position(line, offset - (text.lastIndexOf('\n', offset - 1) + 1));
	}
}
