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

	@Test
	void aDeadlineThatSlipsAgainOverTheCommitsIsFlagged(@TempDir Path dir) throws Exception {
		Path plans = dir.resolve("plans");
		write(plans, "demo.plan", OLD);
		try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
			commit(git, "Plan as at the March board");
			write(plans, "demo.plan", OLD.replace("as of 2024-06", "as of 2024-07"));
			commit(git, "Progress date only: the deadline stays");
			write(plans, "demo.plan", NEW);
			commit(git, "Plan as at the June board");
			write(plans, "demo.plan", NEW.replace("due 2024-12\n        progress 2024-05", "due 2025-03\n        progress 2024-05")
					.replace("due 2024-10", "due 2024-11"));
			commit(git, "Recruitment slips again; the careers fair moves once");
		}
		Cli.Run run = Cli.run("diff", "--since", "HEAD~1", plans.toString());
		assertEquals(1, run.exit(), run.err());
		assertEquals("""
				demo "Demo plan": 2 changes
				  Deadlines moved (2)
				    1.1 Recruit permanent social workers: 2024-12 → 2025-03 (slipped 90 days; slipped again, moved 2 times: 2024-09 → 2024-12 → 2025-03)
				    1.3 Run a careers fair: 2024-10 → 2024-11 (slipped 30 days)
				""", run.out());
		JsonNode json = JsonMapper.builder().build().readTree(Cli.run("diff", "--format", "json", "--since", "HEAD~1",
				plans.toString()).out());
		JsonNode first = json.get(0).get("changes").get(0);
		assertEquals("[\"2024-09\",\"2024-12\",\"2025-03\"]", first.get("deadlines").toString());
		assertEquals("[]", json.get(0).get("changes").get(1).get("deadlines").toString());
		// since the first commit: one move in the diff, made of two slips in the commits between
		Cli.Run all = Cli.run("diff", "--since", "HEAD~3", plans.toString());
		assertTrue(all.out().contains("2024-09 → 2025-03 (slipped 182 days; slipped again, moved 2 times: 2024-09 → 2024-12 → 2025-03)"),
				all.out());
		Path out = dir.resolve("out");
		Cli.Run report = Cli.run("generate", "--target", "report", "--since", "HEAD~1", "--out", out.toString(), plans.toString());
		assertEquals(0, report.exit(), report.err());
		assertTrue(Files.readString(out.resolve("demo-report.html")).contains("slipped again, moved 2 times"), report.out());
	}

	@Test
	void earlierVersionsOnDiskGiveTheHistoryOfTwoFiles(@TempDir Path dir) throws IOException {
		Path first = write(dir.resolve("march"), "demo.plan", OLD);
		Path old = write(dir.resolve("june"), "demo.plan", NEW);
		Path now = write(dir.resolve("now"), "demo.plan", NEW.replace("due 2024-12\n        progress 2024-05", "due 2025-03\n        progress 2024-05"));
		String line = "1.1 Recruit permanent social workers: 2024-12 → 2025-03 (slipped 90 days";
		Cli.Run plain = Cli.run("diff", old.toString(), now.toString());
		assertTrue(plain.out().contains(line + ")\n"), plain.out());
		Cli.Run run = Cli.run("diff", "--format", "markdown", "--earlier", first.toString(), old.toString(), now.toString());
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.out().contains("- " + line + "; slipped again, moved 2 times: 2024-09 → 2024-12 → 2025-03)\n"), run.out());
		Cli.Run coloured = Cli.run("diff", "--color", "always", "--earlier", first.toString(), old.toString(), now.toString());
		assertTrue(coloured.out().contains("\u001b[1;31m" + line + "; slipped again"), coloured.out());
		assertTrue(coloured.out().contains("\u001b[36mDeadlines moved (1)\u001b[0m"), coloured.out());
		assertTrue(Cli.run("diff", "--color", "never", "--earlier", first.toString(), old.toString(), now.toString()).out()
				.indexOf('\u001b') < 0);
		Cli.Run earlierOnly = Cli.run("diff", "--since", "HEAD", "--earlier", first.toString(), now.toString());
		assertEquals(2, earlierOnly.exit());
	}

	private static void commit(Git git, String message) throws Exception {
		git.add().addFilepattern(".").call();
		git.commit().setMessage(message).setAuthor("Ana", "ana@example.org").setCommitter("Ana", "ana@example.org")
				.setSign(false).call();
	}
}
