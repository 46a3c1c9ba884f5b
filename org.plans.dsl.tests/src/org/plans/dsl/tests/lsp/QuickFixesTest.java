package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.lsp.LanguageServerSession.MORE;
import static org.plans.dsl.tests.lsp.LanguageServerSession.WAIT;
import static org.plans.dsl.tests.lsp.LspText.apply;
import static org.plans.dsl.tests.lsp.LspText.at;
import static org.plans.dsl.tests.lsp.LspText.errors;
import static org.plans.dsl.tests.lsp.LspText.uri;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.rules.Rule;

/** Code actions of the real server: the quick fixes of linking errors and warnings, laid out by the formatter. */
@ExtendWith(LanguageServerSessionExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class QuickFixesTest {

	private final LanguageServerSession session;
	private final RecordingClient client;
	private final Path constructs;
	private final Path more;

	QuickFixesTest(LanguageServerSession session) {
		this.session = session;
		this.client = session.client();
		this.constructs = session.constructs;
		this.more = session.more;
	}

	@Test
	void codeActions() throws Exception {
		String broken = MORE.replace("lead ana, sjs", "lead ana, nobody");
		session.change(more, broken);
		Diagnostic linking = errors(client.awaitDiagnostics(uri(more), d -> !errors(d).isEmpty(), WAIT)).get(0);
		String declared = apply(broken, session.fix(more, linking, "Declare the missing person"));
		assertEquals(broken.replace("as hos\n", "as hos\nperson nobody \"nobody\"\n"), declared,
				"on the line after the last party");
		String unknownAction = MORE.replace("depends on 1.1", "depends on 9.9");
		session.change(more, unknownAction);
		Diagnostic notAPerson = errors(client.awaitDiagnostics(uri(more), d -> !errors(d).isEmpty(), WAIT)).get(0);
		assertEquals(List.of(), session.codeActions(more, notAPerson).stream().map(CodeAction::getTitle).toList(),
				"no person to declare for an unknown action");
		session.change(more, MORE);
		client.awaitDiagnostics(uri(more), d -> errors(d).isEmpty(), WAIT);

		String text = session.constructsText();
		String withoutDue = text.replace("        due tbc \"by HR\"\n", "");
		session.change(constructs, withoutDue);
		Diagnostic missingDeadline = new Diagnostic(new Range(at(withoutDue, "action \"Publish", 0),
				at(withoutDue, "action \"Publish", 6)), "This action has no deadline.",
				DiagnosticSeverity.Warning, "plans");
		missingDeadline.setCode(Rule.ACTION_WITHOUT_DEADLINE.code());
		String withDue = apply(withoutDue, session.fix(constructs, missingDeadline, "Add a deadline"));
		assertTrue(withDue.contains("action \"Publish the plan\" {\n        lead ben\n        due 2025-12\n    }"), withDue);

		assertEquals(withDue, session.formattedByServer(constructs, withDue), "the added line is laid out by the formatter");

		String noBlock = text.replace("    action \"Publish the plan\" {\n        lead ben\n        due tbc \"by HR\"\n    }",
				"    action \"Publish the plan\"");
		session.change(constructs, noBlock);
		missingDeadline.setRange(new Range(at(noBlock, "action \"Publish", 0), at(noBlock, "action \"Publish", 6)));
		String blockAdded = apply(noBlock, session.fix(constructs, missingDeadline, "Add a deadline"));
		assertEquals(noBlock.replace("    action \"Publish the plan\"\n", "    action \"Publish the plan\" { due 2025-12 }\n"),
				blockAdded, "a block of one member, as plans format keeps it");
		assertEquals(blockAdded, session.formattedByServer(constructs, blockAdded));
		session.change(constructs, withoutDue);

		String outOfOrder = withoutDue.replace("    milestone 25 by 2024-12\n    milestone 20 by 2025-03",
				"    milestone 20 by 2025-03\n    milestone 25 by 2024-12");
		session.change(constructs, outOfOrder);
		Diagnostic unordered = new Diagnostic(new Range(at(outOfOrder, "measure caseload", 0),
				at(outOfOrder, "measure caseload", 7)), "Milestones are not in date order.",
				DiagnosticSeverity.Warning, "plans");
		unordered.setCode(Rule.OUT_OF_ORDER.code());
		String ordered = apply(outOfOrder, session.fix(constructs, unordered, "Put the milestones in date order"));
		assertEquals(withoutDue, ordered);

		String twoDues = text.replace("        due tbc \"by HR\"\n", "        due tbc \"by HR\"\n        due 2025-06 // revised\n");
		session.change(constructs, twoDues);
		Diagnostic repeated = new Diagnostic(new Range(at(twoDues, "due 2025-06", 0), at(twoDues, "due 2025-06", 11)),
				"This action has more than one due line.", DiagnosticSeverity.Warning, "plans");
		repeated.setCode(Rule.REPEATED_DATE_LINE.code());
		assertEquals(text.replace("        due tbc \"by HR\"\n", "        due tbc \"by HR\" // revised\n"),
				apply(twoDues, session.fix(constructs, repeated, "Remove this line")), "the line goes, its comment stays");
		assertEquals(text.replace("        due tbc \"by HR\"\n", "        due 2025-06 // revised\n"),
				apply(twoDues, session.fix(constructs, repeated, "Keep this line, remove the first")));
		session.change(constructs, text);
	}

	@Test
	void declaredPersonKeepsTheCommentBelowOnItsOwnLine() throws Exception {
		String broken = MORE.replace("lead ana, sjs", "lead ana, nobody")
				.replace("as hos\n\npriority", "as hos\n\n// The quality work\npriority");
		session.change(more, broken);
		Diagnostic linking = errors(client.awaitDiagnostics(uri(more), d -> !errors(d).isEmpty(), WAIT)).get(0);
		String declared = apply(broken, session.fix(more, linking, "Declare the missing person"));
		assertEquals(broken.replace("as hos\n", "as hos\nperson nobody \"nobody\"\n"), declared,
				"the comment stays with the priority it introduces");
		String parties = declared.substring(0, declared.indexOf("// The quality"));
		assertTrue(session.formattedByServer(more, declared).startsWith(parties), "as the formatter lays it out");
		String commented = broken.replace("as hos\n", "as hos // head of service\n");
		session.change(more, commented);
		linking = errors(client.awaitDiagnostics(uri(more), d -> !errors(d).isEmpty(), WAIT)).get(0);
		assertEquals(commented.replace("service\n", "service\nperson nobody \"nobody\"\n"),
				apply(commented, session.fix(more, linking, "Declare the missing person")),
				"a comment at the end of the last party's line stays on that line");
		session.change(more, MORE);
		client.awaitDiagnostics(uri(more), d -> errors(d).isEmpty(), WAIT);
	}
}
