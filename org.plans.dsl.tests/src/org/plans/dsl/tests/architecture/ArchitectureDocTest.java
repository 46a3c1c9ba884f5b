package org.plans.dsl.tests.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.plans.dsl.tests.support.TestFiles;

/**
 * docs/architecture.md keeps up with the code: it names every module of the build and every
 * package of production code (hand-written and generated), and each package it describes
 * under a heading of its own ({@code #### `package`}) still exists.
 */
class ArchitectureDocTest {

	private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\s]+)`");

	private static final Pattern PACKAGE_HEADING = Pattern.compile("(?m)^#### `(org\\.plans\\.[\\w.]+)`");

	private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

	@Test
	void namesEveryModule() throws IOException {
		Set<String> modules = matches(MODULE, Files.readString(TestFiles.root().resolve("pom.xml")));
		modules.removeAll(namedInDoc());
		assertEquals(Set.of(), modules, "modules of pom.xml that docs/architecture.md does not name");
	}

	@Test
	void namesEveryPackage() throws IOException {
		Set<String> packages = packages();
		packages.removeAll(namedInDoc());
		assertEquals(Set.of(), packages, "packages that docs/architecture.md does not name");
	}

	@Test
	void describesOnlyPackagesThatExist() throws IOException {
		Set<String> described = matches(PACKAGE_HEADING, doc());
		described.removeAll(packages());
		assertEquals(Set.of(), described, "packages docs/architecture.md describes that no longer exist");
	}

	private static String doc() throws IOException {
		return Files.readString(TestFiles.root().resolve("docs/architecture.md"));
	}

	private static Set<String> namedInDoc() throws IOException {
		return matches(CODE_SPAN, doc());
	}

	/** The packages of every production source folder and of the sources the build generates. */
	private static Set<String> packages() throws IOException {
		Set<String> packages = new TreeSet<>();
		for (Path folder : ProductionCode.sourceFolders()) {
			for (Path root : new Path[] { folder, folder.resolveSibling("src-gen") }) {
				if (!Files.isDirectory(root)) {
					continue;
				}
				try (Stream<Path> files = Files.walk(root)) {
					files.filter(f -> f.toString().endsWith(".java"))
							.map(f -> root.relativize(f.getParent()).toString().replace('\\', '/').replace('/', '.'))
							.forEach(packages::add);
				}
			}
		}
		return packages;
	}

	private static Set<String> matches(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		return m.results().map(r -> r.group(1)).collect(Collectors.toCollection(TreeSet::new));
	}
}
