package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plans.dsl.formatting2.PlanFormatting;
import org.plans.dsl.loading.PlanLoader;

/** The formatter is idempotent and lossless on every example, keeps CRLF and never touches a broken file. */
class FormatCommandTest {

	@TempDir
	Path dir;

	static Stream<Path> examples() throws IOException {
		try (Stream<Path> walk = Files.walk(Cli.examples())) {
			return walk.filter(p -> p.toString().endsWith(".plan")).sorted().toList().stream();
		}
	}

	private static String format(String text) {
		PlanFormatting.Result result = Language.get(PlanFormatting.class).format(text, "test.plan");
		assertEquals(List.of(), result.syntaxErrors());
		return result.text();
	}

	private static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@MethodSource("examples")
	void idempotentAndLossless(Path example) throws IOException {
		String original = read(example);
		String once = format(original);
		assertEquals(once, format(once), "formatting twice changes nothing");
		assertEquals(PlanFormatting.withoutWhitespace(original), PlanFormatting.withoutWhitespace(once));
		assertEquals(comments(original), comments(once), "every comment survives, word for word");
	}

	@Test
	void sameModelAfterFormatting() throws IOException {
		Path copy = dir.resolve("formatted");
		List<Path> originals = examples().toList();
		for (Path example : originals) {
			Path target = copy.resolve(Cli.examples().relativize(example).toString());
			Files.createDirectories(target.getParent());
			Files.writeString(target, format(read(example)));
		}
		PlanLoader loader = Language.get(PlanLoader.class);
		PlanLoader.Loaded before = loader.load(List.of(Cli.examples()));
		PlanLoader.Loaded after = loader.load(List.of(copy));
		assertEquals(before.resourceSet().getResources().size(), after.resourceSet().getResources().size());
		for (int i = 0; i < originals.size(); i++) {
			EObject a = before.resourceSet().getResources().get(i).getContents().get(0);
			EObject b = after.resourceSet().getResources().get(i).getContents().get(0);
			assertTrue(EcoreUtil.equals(a, b), "model of " + originals.get(i));
		}
	}

	@Test
	void layout() throws IOException {
		String messy = read(resource("messy.plan"));
		String expected = read(resource("messy.formatted.plan"));
		assertEquals(expected, format(messy));
		assertEquals(expected, format(expected));
	}

	@Test
	void crlfStaysCrlf() throws IOException {
		String lf = read(resource("messy.plan"));
		String crlf = lf.replace("\n", "\r\n");
		String formatted = format(crlf);
		assertEquals(read(resource("messy.formatted.plan")).replace("\n", "\r\n"), formatted);
		assertFalse(formatted.replace("\r\n", "").contains("\n"), "no bare LF");
	}

	@Test
	void rewritesInPlaceKeepingPermissions() throws IOException {
		Path file = Files.copy(resource("messy.plan"), dir.resolve("messy.plan"));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
		Cli.Run run = Cli.run("format", file.toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals(read(resource("messy.formatted.plan")), read(file));
		assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		try (Stream<Path> left = Files.list(dir)) {
			assertEquals(List.of(file), left.toList(), "no temporary file left behind");
		}
		Cli.Run again = Cli.run("format", file.toString());
		assertEquals(0, again.exit());
		assertEquals("", again.err(), "the second run changes nothing");
	}

	@Test
	void checkShowsADiffAndChangesNothing() throws IOException {
		Path file = Files.copy(resource("messy.plan"), dir.resolve("messy.plan"));
		byte[] before = Files.readAllBytes(file);
		Cli.Run run = Cli.run("format", "--check", file.toString());
		assertEquals(1, run.exit());
		String name = Paths.display(file);
		assertTrue(run.out().startsWith("--- a/" + name + "\n+++ b/" + name + "\n@@ "), run.out());
		assertTrue(run.out().contains("\n-plan   x \"X\"{organisation \"O\"   // trailing comment\n"), run.out());
		assertTrue(run.out().contains("\n+plan x \"X\" {\n"), run.out());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertTrue(run.err().contains(name + " is not formatted"), run.err());

		Path formatted = Files.copy(resource("messy.formatted.plan"), dir.resolve("ok.plan"));
		Cli.Run clean = Cli.run("format", "--check", formatted.toString());
		assertEquals(0, clean.exit());
		assertEquals("", clean.out());
	}

	@Test
	void syntaxErrorsLeaveTheFileAlone() throws IOException {
		Path file = Files.writeString(dir.resolve("broken.plan"), "plan x   \"X\"\npriority 1 \"P\" {\n  action 1.1 \"A\" { due }\n}\n");
		Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
		byte[] before = Files.readAllBytes(file);
		Cli.Run run = Cli.run("format", file.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().startsWith("plans: " + Paths.display(file) + ":3:24: Expected a date"), run.err());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(file));
	}

	private static Path resource(String name) {
		return Cli.root().resolve("org.plans.dsl.cli/test-resources/format").resolve(name);
	}

	/** The comments of a plan text, in order, as the parser sees them (not '//' inside quoted text). */
	private static List<String> comments(String text) {
		PlanFormatting formatting = Language.get(PlanFormatting.class);
		XtextResource resource = formatting.parse(text, "comments.plan");
		List<String> comments = new ArrayList<>();
		for (ILeafNode leaf : NodeModelUtils.getNode(resource.getContents().get(0)).getRootNode().getLeafNodes()) {
			if (leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule && rule.getName().endsWith("_COMMENT")) {
				comments.add(leaf.getText());
			}
		}
		return comments;
	}
}
