package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample Maven project of docs/ci.md (org.plans.dsl.cli/it/sample) checks its plans in
 * its own build with the packaged plans.jar: a good plan passes, a bad plan fails the build.
 * Maven runs offline, from the wrapper, against the plugins this build already resolved.
 */
class MavenSampleIT {

	@TempDir
	Path dir;

	private Path sample;

	@BeforeEach
	void copySample() throws IOException {
		Path source = Cli.root().resolve("org.plans.dsl.cli/it/sample");
		sample = dir.resolve("sample");
		try (Stream<Path> walk = Files.walk(source)) {
			for (Path path : walk.toList()) {
				Path target = sample.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
	}

	private Processes.Result mavenVerify() throws Exception {
		return Processes.run(Cli.root(), Cli.root().resolve("mvnw").toString(), "-o", "-B", "-ntp", "-f",
				sample.resolve("pom.xml").toString(), "verify", "-Dplans.jar=" + System.getProperty("plans.jar"));
	}

	@Test
	void goodPlansPass() throws Exception {
		Processes.Result result = mavenVerify();
		assertEquals(0, result.exit(), result.output());
		assertTrue(result.output().contains("Checked 1 file (1 plan): no errors, no warnings."), result.output());
		assertTrue(result.output().contains("BUILD SUCCESS"), result.output());
	}

	@Test
	void aPlanWithErrorsFailsTheBuild() throws Exception {
		Files.writeString(sample.resolve("plans/broken.plan"), """
				plan council
				priority 2 "Quality" {
				    action 2.1 "Audit case files" {
				        lead nobody
				    }
				}
				""");
		Processes.Result result = mavenVerify();
		assertEquals(1, result.exit(), result.output());
		assertTrue(result.output().contains("broken.plan:4:14: error PLAN-002"), result.output());
		assertTrue(result.output().contains("BUILD FAILURE"), result.output());
	}
}
