package org.plans.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.generator.PlanTarget;
import org.plans.dsl.generator.PlanTargets;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.naming.FileNames;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.generator.Generated;
import org.plans.dsl.tests.generator.WellFormed;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/**
 * File names come from plan ids and lead names: a plan named like a device (CON, NUL) or
 * leads whose names collide once made safe must not write outside the output directory,
 * overwrite each other, or produce names Windows cannot open.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
class HostileFileNamesTest {

	/** Ids are grammar identifiers (no "/" or ".."), so the attack is through devices, case and collisions. */
	private static final String PLAN = """
			plan CON "Device name" { as of 2024-06-30 }
			person nul "NUL"
			person Aux "Aux"
			person lpt1 "../../etc/passwd"
			person a_b "/absolute/path"
			person a-b "C:\\\\Windows\\\\System32"
			team __ "..\\\\..\\\\up"
			person %s "Long"
			priority 1 "P" {
			    action 1.1 "One" { lead nul due 2024-09 }
			    action 1.2 "Two" { lead Aux due 2024-09 }
			    action 1.3 "Three" { lead lpt1 due 2024-09 }
			    action 1.4 "Four" { lead a_b due 2024-09 }
			    action 1.5 "Five" { lead a-b due 2024-09 }
			    action 1.6 "Six" { lead __ due 2024-09 }
			    action 1.7 "Seven" { lead %s due 2024-09 }
			}
			""".formatted("x".repeat(300), "x".repeat(300));

	@Inject
	private PlanLoader loader;

	static Stream<String> targets() {
		return PlanTargets.all().stream().map(PlanTarget::name);
	}

	@ParameterizedTest
	@MethodSource("targets")
	void everyTargetWritesInsideTheOutputDirectory(String name, @TempDir Path sandbox) throws IOException {
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("con.plan", PLAN));
		assertEquals(List.of(), TestFiles.errors(loaded));
		Path out = Files.createDirectories(sandbox.resolve("deep/out"));
		Map<String, String> files = Generated.run(Generated.target(name),
				new GenerationContext(PlanFacts.of(loaded.resourceSet()), Optional.empty(), Map.of()), out);
		assertFalse(files.isEmpty(), name);
		for (Map.Entry<String, String> file : files.entrySet()) {
			WellFormed.file(file.getKey(), file.getValue());
		}
		try (Stream<Path> all = Files.walk(sandbox)) {
			assertEquals(List.of(), all.filter(Files::isRegularFile).filter(f -> !f.startsWith(out)).toList(),
					name + " wrote outside the output directory");
		}
		if (name.equals("by-lead")) {
			assertEquals(7 * 2, files.size(), "one checklist per lead, none overwritten: " + files.keySet());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "../escape.txt", "a/../../escape.txt", "/tmp/escape.txt", "", ".", "a/..", "..\\x" })
	void outputDirectoryRefusesPathsThatLeaveIt(String path, @TempDir Path sandbox) throws IOException {
		Path out = Files.createDirectories(sandbox.resolve("out"));
		OutputFiles files = OutputFiles.directory(out);
		if (path.equals("..\\x")) {
			files.write(path, "kept inside");
			assertTrue(Files.exists(out.resolve(path)), "a backslash is a file name character on Unix");
			return;
		}
		assertThrows(IOException.class, () -> files.write(path, "x"));
		try (Stream<Path> all = Files.walk(sandbox)) {
			assertEquals(List.of(), all.filter(Files::isRegularFile).toList());
		}
	}

	@Test
	void safeNamesAreNeverDevicesOrEmpty() {
		assertEquals("con-file", FileNames.safe("CON"));
		assertEquals("nul-file", FileNames.safe("nul"));
		assertEquals("lpt1-file", FileNames.safe("LPT1"));
		assertEquals("etc-passwd", FileNames.safe("../../etc/passwd"));
		assertEquals("c-windows-system32", FileNames.safe("C:\\Windows\\System32"));
		assertEquals("unnamed", FileNames.safe(".."));
		assertEquals("unnamed", FileNames.safe(null));
		assertEquals("cafe", FileNames.safe("Café"));
		assertEquals(60, FileNames.safe("x".repeat(300)).length());
		for (String name : List.of("con", "CON", "..", "/", "\\", "a/b", "nul.txt", "\u0000", " ")) {
			WellFormed.path(FileNames.safe(name) + ".md");
		}
	}
}
