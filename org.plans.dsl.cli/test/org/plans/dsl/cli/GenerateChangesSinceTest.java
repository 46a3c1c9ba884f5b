package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.jgit.api.Git;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --target report --since REV | --compare-with FILE}: the board report says what changed since the last board. */
class GenerateChangesSinceTest {

	private static final String JUNE = """
			plan practice "Practice plan" { as of 2024-06-30 }
			person ana "Ana Patel"
			priority 1 "Practice" {
			    action 1.1 "Audit case files" {
			        lead ana
			        due 2024-09
			        progress 2024-06 green "On course"
			    }
			    action 1.2 "Train <b>managers</b>" { lead ana due 2024-08 }
			}
			""";

	private static final String SEPTEMBER = """
			plan practice "Practice plan" { as of 2024-09-30 }
			person ana "Ana Patel"
			priority 1 "Practice" {
			    action 1.1 "Audit case files" {
			        lead ana
			        due 2024-11
			        progress 2024-06 green "On course"
			        progress 2024-09 amber "Auditors off sick"
			    }
			    action 1.2 "Train <b>managers</b>" { lead ana due 2024-08 }
			    action 1.3 "Publish the audit findings" { lead ana due 2025-01 }
			}
			""";

	@Test
	void compareWithAddsAChangesSection(@TempDir Path dir) throws IOException {
		Path june = Files.writeString(dir.resolve("june.plan"), JUNE);
		Path now = Files.createDirectories(dir.resolve("now"));
		Files.writeString(now.resolve("practice.plan"), SEPTEMBER);
		Path out = dir.resolve("out");
		Cli.Run run = Cli.run("generate", "--target", "report", "--compare-with", june.toString(), "--out", out.toString(),
				now.toString());
		assertEquals(0, run.exit(), run.err());
		Document report = Jsoup.parse(Files.readString(out.resolve("practice-report.html")));
		var section = report.selectFirst("section.changes");
		assertTrue(section != null, report.html());
		assertTrue(section.selectFirst("h2").text().startsWith("Changes since "), section.html());
		assertTrue(section.selectFirst("h2").text().endsWith("june.plan"), section.html());
		assertTrue(section.text().contains("1.1 Audit case files: 2024-09 → 2024-11 (slipped 61 days)"), section.text());
		assertTrue(section.text().contains("1.3 Publish the audit findings: due 2025-01"), section.text());
		assertTrue(section.text().contains("Green → Amber"), section.text());
		assertTrue(report.select("b").isEmpty(), "plan text is escaped");
	}

	@Test
	void sinceReadsTheLastBoardsVersionFromGitForEveryReportFormat(@TempDir Path dir) throws Exception {
		Path plans = Files.createDirectories(dir.resolve("plans"));
		Files.writeString(plans.resolve("practice.plan"), JUNE);
		try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
			git.add().addFilepattern(".").call();
			git.commit().setMessage("June board").setAuthor("Ana", "ana@example.org").setCommitter("Ana", "ana@example.org")
					.setSign(false).call();
			git.tag().setName("board-2024-06").call();
		}
		Files.writeString(plans.resolve("practice.plan"), SEPTEMBER);
		Path out = dir.resolve("out");
		Cli.Run run = Cli.run("generate", "--target", "report,report-docx,report-pdf", "--since", "board-2024-06", "--out",
				out.toString(), plans.toString());
		assertEquals(0, run.exit(), run.err());
		String html = Files.readString(out.resolve("practice-report.html"));
		assertTrue(html.contains("<h2>Changes since board-2024-06</h2>"), html);
		assertTrue(html.contains("Deadlines moved (1)"), html);
		try (PDDocument pdf = Loader.loadPDF(out.resolve("practice-report.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("Changes since board-2024-06"), text);
		}
		try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(out.resolve("practice-report.docx")))) {
			assertTrue(docx.getParagraphs().stream().anyMatch(p -> "Heading1".equals(p.getStyle())
					&& p.getText().equals("Changes since board-2024-06")));
		}
		Cli.Run both = Cli.run("generate", "--target", "report", "--since", "HEAD", "--compare-with", "x.plan", "--out",
				out.toString(), plans.toString());
		assertEquals(2, both.exit(), both.err());
	}
}
