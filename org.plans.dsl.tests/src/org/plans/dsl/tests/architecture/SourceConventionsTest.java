package org.plans.dsl.tests.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.plans.dsl.tests.support.TestFiles;

/**
 * The conventions of docs/architecture.md that Spotless cannot check, read from the production
 * sources (not src-gen): names are imported, not written out in code; switches are switch
 * expressions or arrow-form statements; case changes name their locale. The files that broke a
 * convention when it was written down are listed here, and only here, until they are fixed; a
 * listed file that no longer breaks it must be taken off the list.
 */
class SourceConventionsTest {

	private static final Pattern QUALIFIED_NAME = Pattern
			.compile("(?<![\\w.@])(?:java|javax|jdk|org|com|net|tools|picocli)\\.(?:[a-z_]\\w*\\.)+[A-Z]\\w*");

	private static final Pattern OLD_CASE = Pattern.compile("^(?!.*->)\\s*(?:case\\b.*|default)\\s*:(?!:)");

	private static final Pattern WILDCARD_IMPORT = Pattern.compile("^import (?!static )[\\w.]+\\.\\*;");

	private static final Pattern CASE_CHANGE_WITHOUT_LOCALE = Pattern.compile("\\.to(?:Lower|Upper)Case\\(\\s*\\)");

	/** Known exceptions (docs/architecture.md): fully qualified names in code. */
	private static final Set<String> QUALIFIED_NAMES_YET = Set.of(
			// ical4j's Status beside the model's Status: one of the two is written out
			"org.plans.dsl.generators/src/org/plans/dsl/generator/ics/IcsTarget.java");

	/** Known exceptions (docs/architecture.md): switch statements with {@code case X:}. */
	private static final Set<String> OLD_SWITCHES_YET = Set.of(
			"org.plans.dsl.ide/src/org/plans/dsl/ide/contentassist/PlansContentProposalProvider.java",
			"org.plans.dsl.ide/src/org/plans/dsl/ide/semantictokens/Tokens.java");

	/** Known exceptions (docs/architecture.md): the language core takes rule codes from validation. */
	private static final Set<String> CORE_NAMING_VALIDATION_YET = Set.of();

	/** What {@link ArchitectureTest#theLanguageCoreDoesNotDependOnValidation} cannot see: uses of constants. */
	@Test
	void theLanguageCoreDoesNotNameValidation() throws IOException {
		Pattern core = Pattern.compile("(?m)^package ("
				+ Stream.of(ArchitectureTest.LANGUAGE_CORE).map(p -> Pattern.quote(p.replaceFirst("\\.\\.$", "")) + (p.endsWith("..") ? "(\\.\\w+)*" : ""))
						.collect(Collectors.joining("|"))
				+ ");");
		Set<String> files = new TreeSet<>();
		for (Path file : sources()) {
			String code = JavaCode.of(Files.readString(file, StandardCharsets.UTF_8));
			String name = file.getFileName().toString();
			if (core.matcher(code).find() && !name.matches("Plans(Runtime|Ide)Module\\.java|Plans(Standalone|Ide)Setup\\.java")
					&& code.contains("org.plans.dsl.validation.")) {
				files.add(relative(file));
			}
		}
		assertEquals(new TreeSet<>(CORE_NAMING_VALIDATION_YET), files, "files of the language core that name validation");
	}

	@Test
	void namesAreImportedNotWrittenOut() throws IOException {
		assertEquals(new TreeSet<>(QUALIFIED_NAMES_YET), filesWhereCodeMatches(QUALIFIED_NAME),
				"files with fully qualified names in code (import the type instead)");
	}

	@Test
	void switchesUseArrows() throws IOException {
		assertEquals(new TreeSet<>(OLD_SWITCHES_YET), filesWhereCodeMatches(OLD_CASE),
				"files with 'case X:' switches (write a switch expression or 'case X ->')");
	}

	/** Static ones such as {@code PlansPackage.Literals.*} are Xtext's idiom; Spotless cannot tell them apart. */
	@Test
	void importsNameTheirTypes() throws IOException {
		Set<String> files = new TreeSet<>();
		for (Path file : sources()) {
			if (Files.readAllLines(file, StandardCharsets.UTF_8).stream().anyMatch(l -> WILDCARD_IMPORT.matcher(l).find())) {
				files.add(relative(file));
			}
		}
		assertEquals(Set.of(), files, "files with wildcard imports");
	}

	/** The bytecode rule in {@link ArchitectureTest} sees the modules on the class path; this sees every source. */
	@Test
	void caseChangesNameTheirLocale() throws IOException {
		assertEquals(Set.of(), filesWhereCodeMatches(CASE_CHANGE_WITHOUT_LOCALE),
				"files calling toLowerCase()/toUpperCase() without Locale.ROOT");
	}

	@Test
	void codeIsToldFromCommentsAndStrings() {
		String code = JavaCode.of("""
				/** see {@link java.util.Locale#ROOT} */
				String s = "java.util.Locale.ROOT"; // java.util.Locale.ROOT
				char c = ':'; String t = \"""
				   case X:
				   \""";
				Locale l = java.util.Locale.ROOT;
				""");
		assertEquals(List.of("Locale l = java.util.Locale.ROOT;"), code.lines().filter(l -> QUALIFIED_NAME.matcher(l).find()).toList());
		assertEquals(0, code.lines().filter(l -> OLD_CASE.matcher(l).find()).count());
		assertEquals(1, JavaCode.of("\t\tcase ERROR:\n\t\tcase A, B -> 1;\n\t\tdefault -> 2;\n").lines()
				.filter(l -> OLD_CASE.matcher(l).find()).count());
	}

	private static Set<String> filesWhereCodeMatches(Pattern pattern) throws IOException {
		Set<String> files = new TreeSet<>();
		for (Path file : sources()) {
			String code = JavaCode.of(Files.readString(file, StandardCharsets.UTF_8));
			if (code.lines().filter(l -> !l.startsWith("import ") && !l.startsWith("package "))
					.anyMatch(l -> pattern.matcher(l).find())) {
				files.add(relative(file));
			}
		}
		return files;
	}

	private static String relative(Path file) {
		return TestFiles.root().relativize(file).toString().replace('\\', '/');
	}

	private static List<Path> sources() throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path folder : ProductionCode.sourceFolders()) {
			try (Stream<Path> walk = Files.walk(folder)) {
				walk.filter(f -> f.toString().endsWith(".java")).sorted().forEach(files::add);
			}
		}
		return files;
	}
}
