package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code plans diff}: two versions of a plan, as a board sees what changed since it last met. */
class DiffCommandTest {

	private static final String OLD = """
			plan demo "Demo plan" { as of 2024-06 }
			person ana "Ana Patel"
			person ben "Ben Ode"
			recommendation r1 "Improve supervision"
			recommendation r2 "Improve assessments"
			measure caseload "Average caseload" {
			    baseline 29 at 2024-03
			    position 27 at 2024-05
			}
			priority 1 "Workforce" {
			    addresses r1
			    action 1.1 "Recruit permanent social workers" {
			        lead ana
			        due 2024-09
			        progress 2024-05 amber "Two posts filled"
			    }
			    action 1.2 "Review incentives for staff" {
			        lead ben
			        due 2024-12
			    }
			    action 1.3 "Publish the workforce strategy" {
			        lead ana
			        due 2024-07
			    }
			    action 1.4 "Run a careers fair" {
			        lead ben
			        due 2024-10
			    }
			}
			""";

	private static final String NEW = """
			plan demo "Demo plan" { as of 2024-09 }
			person ana "Ana Patel"
			person ben "Ben Ode"
			recommendation r1 "Improve supervision"
			recommendation r2 "Improve assessments"
			measure caseload "Average caseload" {
			    baseline 29 at 2024-03
			    position 27 at 2024-05
			    position 24 at 2024-08
			}
			priority 1 "Workforce" {
			    addresses r2
			    action 1.1 "Recruit permanent social workers" {
			        lead ben
			        due 2024-12
			        progress 2024-05 amber "Two posts filled"
			        progress 2024-08 red "Recruitment paused"
			    }
			    action 1.2 "Publish the workforce strategy" {
			        lead ana
			        due 2024-07
			    }
			    action 1.3 "Run a careers fair" {
			        lead ben
			        due 2024-10
			    }
			    action 1.4 "Set up an academy for newly qualified staff" {
			        lead ana
			        due 2025-03
			    }
			}
			""";

	private static Path write(Path dir, String name, String text) throws IOException {
		Files.createDirectories(dir);
		return Files.writeString(dir.resolve(name), text);
	}

	@Test
	void listsWhatChangedForABoardAndExitsOneWhenSomethingDid(@TempDir Path dir) throws IOException {
		Path old = write(dir.resolve("old"), "demo.plan", OLD);
		Path now = write(dir.resolve("new"), "demo.plan", NEW);
		Cli.Run run = Cli.run("diff", old.toString(), now.toString());
		assertEquals(1, run.exit(), run.err());
		assertEquals("""
				demo "Demo plan": 11 changes
				  Actions added (1)
				    1.4 Set up an academy for newly qualified staff: due 2025-03
				  Actions removed (1)
				    1.2 Review incentives for staff: was due 2024-12
				  Actions renumbered (2)
				    1.2 Publish the workforce strategy: 1.3 → 1.2
				    1.3 Run a careers fair: 1.4 → 1.3
				  Deadlines moved (1)
				    1.1 Recruit permanent social workers: 2024-09 → 2024-12 (slipped 92 days)
				  Leads changed (1)
				    1.1 Recruit permanent social workers: Ana Patel → Ben Ode
				  RAG changed (1)
				    1.1 Recruit permanent social workers: Amber → Red
				  New progress (1)
				    1.1 Recruit permanent social workers: 2024-08 red: Recruitment paused
				  Measure positions added (1)
				    caseload Average caseload: 24 at 2024-08
				  Recommendations newly covered (1)
				    r2 Improve assessments
				  Recommendations no longer covered (1)
				    r1 Improve supervision
				""", run.out());
	}

	@Test
	void sameVersionsExitZeroAndJsonListsTheChanges(@TempDir Path dir) throws IOException {
		Path old = write(dir.resolve("old"), "demo.plan", OLD);
		Path same = write(dir.resolve("same"), "demo.plan", OLD);
		Cli.Run run = Cli.run("diff", old.toString(), same.toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals("demo \"Demo plan\": no changes\n", run.out());
		Path now = write(dir.resolve("new"), "demo.plan", NEW);
		JsonNode json = JsonMapper.builder().build().readTree(Cli.run("diff", "--format", "json", old.getParent().toString(),
				now.getParent().toString()).out());
		assertEquals("demo", json.get(0).get("planId").asString());
		assertEquals("DEADLINE", json.get(0).get("changes").get(4).get("kind").asString());
		assertEquals("slipped 92 days", json.get(0).get("changes").get(4).get("note").asString());
	}

	@Test
	void markdownEscapesPlanTextAndAPlanWithErrorsIsRefused(@TempDir Path dir) throws IOException {
		Path old = write(dir.resolve("old"), "demo.plan", OLD);
		Path now = write(dir.resolve("new"), "demo.plan", NEW.replace("Run a careers fair", "Run a *careers* fair <b>"));
		Cli.Run run = Cli.run("diff", "--format", "markdown", old.toString(), now.toString());
		assertTrue(run.out().contains("\\*careers\\*"), run.out());
		Path broken = write(dir.resolve("broken"), "demo.plan", NEW.replace("lead ben\n        due 2024-12", "lead nobody\n        due 2024-12"));
		Cli.Run refused = Cli.run("diff", old.toString(), broken.toString());
		assertEquals(2, refused.exit());
		assertTrue(refused.err().contains("cannot compare"), refused.err());
	}

	@Test
	void sinceReadsTheOldVersionFromGit(@TempDir Path dir) throws Exception {
		Path plans = dir.resolve("plans");
		write(plans, "demo.plan", OLD);
		try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
			git.add().addFilepattern(".").call();
			git.commit().setMessage("Plan as at the June board").setAuthor("Ana", "ana@example.org")
					.setCommitter("Ana", "ana@example.org").setSign(false).call();
		}
		write(plans, "demo.plan", NEW);
		Cli.Run run = Cli.run("diff", "--since", "HEAD", plans.toString());
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.out().startsWith("demo \"Demo plan\": 11 changes\n"), run.out());
		assertTrue(run.out().contains("2024-09 → 2024-12 (slipped 92 days)"), run.out());
		Cli.Run unknown = Cli.run("diff", "--since", "no-such-tag", plans.toString());
		assertEquals(2, unknown.exit());
		assertTrue(unknown.err().contains("no such revision"), unknown.err());
	}
}
