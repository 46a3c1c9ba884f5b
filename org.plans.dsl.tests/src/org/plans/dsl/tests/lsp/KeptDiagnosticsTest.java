package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.plans.dsl.ide.server.PlansLanguageServerImpl;

import com.google.gson.Gson;

/**
 * After an edit the server publishes the diagnostic it made before for a finding that is the
 * same and where it was, and makes a new one for a finding that changed or moved; either way the
 * diagnostic is what converting the finding anew makes.
 */
class KeptDiagnosticsTest {

	/** The server's conversion of findings, as each publish runs it. */
	private static final class Server extends PlansLanguageServerImpl {
		List<Diagnostic> publish(List<Issue> issues) {
			return toDiagnostics(issues);
		}

		Diagnostic convert(Issue issue) {
			return toDiagnostic(issue);
		}
	}

	private final Gson json = new MessageJsonHandler(ServiceEndpoints.getSupportedMethods(LanguageClient.class)).getGson();

	@Test
	void anUnchangedFindingIsPublishedAsTheSameDiagnostic() {
		Server server = new Server();
		List<Diagnostic> first = server.publish(findings(0, 0));
		List<Diagnostic> second = server.publish(findings(0, 0));
		assertEquals(first.size(), second.size());
		for (int i = 0; i < first.size(); i++) {
			assertSame(first.get(i), second.get(i), "finding " + i);
		}
		assertConverted(findings(0, 0), second);
	}

	@Test
	void aFindingThatMovedOrChangedGetsANewDiagnostic() {
		Server server = new Server();
		List<Diagnostic> before = server.publish(findings(0, 0));
		List<Issue> after = findings(0, 0);
		after.set(3, finding(3, 1, "")); // a line was added above it
		after.set(5, finding(5, 0, " now")); // its message changed
		after.get(7).getData()[0] = "other";
		List<Diagnostic> published = server.publish(after);
		for (int i = 0; i < before.size(); i++) {
			if (i == 3 || i == 5 || i == 7) {
				assertNotSame(before.get(i), published.get(i), "finding " + i);
			} else {
				assertSame(before.get(i), published.get(i), "finding " + i);
			}
		}
		assertConverted(after, published);
	}

	@Test
	void ignoredFindingsAreNotPublished() {
		List<Issue> findings = findings(0, 0);
		((Issue.IssueImpl) findings.get(2)).setSeverity(Severity.IGNORE);
		List<Diagnostic> published = new Server().publish(findings);
		assertEquals(findings.size() - 1, published.size());
		findings.remove(2);
		assertConverted(findings, published);
	}

	@Test
	void diagnosticsNotPublishedLatelyAreForgotten() {
		Server server = new Server();
		List<Issue> many = IntStream.range(0, 20_000).mapToObj(i -> finding(i, 0, "")).toList();
		Diagnostic kept = server.publish(many).get(0);
		assertSame(kept, server.publish(many).get(0), "published again at once");
		for (int i = 0; i < 8; i++) {
			server.publish(findings(100_000, 0));
		}
		assertNotSame(kept, server.publish(many).get(0), "after eight publishes of other findings");
	}

	private void assertConverted(List<Issue> issues, List<Diagnostic> published) {
		Server fresh = new Server();
		assertEquals(issues.size(), published.size());
		for (int i = 0; i < issues.size(); i++) {
			assertEquals(json.toJson(fresh.convert(issues.get(i))), json.toJson(published.get(i)), "finding " + i);
		}
	}

	/** Ten findings of known rules and others, from line {@code first} on. */
	private static List<Issue> findings(int first, int moved) {
		List<Issue> issues = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			issues.add(finding(first + i, moved, ""));
		}
		return issues;
	}

	private static Issue finding(int index, int moved, String more) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(index % 3 == 0 ? "PLAN-002" : index % 3 == 1 ? "no.such.rule" : null);
		issue.setData(new String[] { "data " + index, "\"quoted\"" });
		issue.setMessage("Finding " + index + " <with> \"escapes\"" + more);
		issue.setSeverity(index % 2 == 0 ? Severity.WARNING : Severity.ERROR);
		issue.setLineNumber(index + 1 + moved);
		issue.setColumn(5);
		issue.setLineNumberEnd(index + 1 + moved);
		issue.setColumnEnd(12 + index % 7);
		issue.setOffset(index * 40);
		issue.setLength(7);
		return issue;
	}
}
