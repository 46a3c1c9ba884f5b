package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/**
 * The board report as Word, opened with POI: the HTML report's sections as real headings, header
 * rows that repeat, RAG cells worded and coloured, the chart as a picture with alt text (saved
 * under {@code target/screenshots/} for a look), title and language set, the same bytes each run.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class ReportDocxTest {

	@Inject
	private PlanLoader loader;

	private byte[] generate(String plan, Path out) {
		return Generated.oneFile(loader, "report-docx", plan, out);
	}

	@Test
	void theReportsSectionsAsHeadingsTablesAndPictures(@TempDir Path out) throws IOException {
		byte[] bytes = generate(Generated.EXAMPLES.get(0), out);
		assertTrue(Files.exists(out.resolve("demo-report.docx")));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			var core = document.getProperties().getCoreProperties();
			assertEquals("Progress report: Demo Council Improvement Plan", core.getTitle());
			assertEquals("en-GB", core.getUnderlyingProperties().getLanguageProperty().orElse(""));
			assertEquals("en-GB", document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr()
					.getLangArray(0).getVal());
			assertEquals("Progress report: Demo Council Improvement Plan", document.getParagraphs().get(0).getText());
			assertEquals("Title", document.getParagraphs().get(0).getStyle());
			List<String> headings = document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
					.map(XWPFParagraph::getText).toList();
			assertEquals(List.of("RAG by priority", "Overdue actions (0)", "Due in the next 90 days, to 30 Dec 2024 (0)",
					"Measures", "Costs"), headings);
			assertEquals(0, document.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
			for (XWPFTable table : document.getTables()) {
				assertTrue(table.getRow(0).isRepeatHeader(), "a header row that does not repeat: " + table.getText());
			}
			XWPFTable rag = document.getTables().get(0);
			assertEquals(List.of("Priority", "Red", "Amber", "Green", "Blue", "Not rated", "Actions", "Targets met",
					"On track", "Behind"), rag.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
			assertEquals("FCE5CD", rag.getRow(0).getCell(2).getColor());
			assertEquals(List.of("All priorities", "0", "1", "0", "0", "3", "4", "0", "1", "0"),
					rag.getRow(2).getTableCells().stream().map(c -> c.getText()).toList());
			assertTrue(document.getParagraphs().stream().anyMatch(p -> "Caption".equals(p.getStyle())
					&& p.getText().startsWith("Baseline 29 at 2024-07")));
			List<String> alts = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
					.flatMap(ReportDocxTest::inlines).map(i -> i.getDocPr().getDescr()).toList();
			assertEquals(List.of("Chart of Average caseload per social worker"), alts);
			List<XWPFPictureData> pictures = document.getAllPictures();
			assertEquals(1, pictures.size());
			byte[] png = pictures.get(0).getData();
			assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(png, 4));
			Path shot = Path.of("target/screenshots").toAbsolutePath().resolve("demo-report-docx-chart.png");
			Files.createDirectories(shot.getParent());
			Files.write(shot, png);
			assertTrue(png.length > 10_000, "the chart picture looks empty");
		}
	}

	@Test
	void hostilePlanTextStaysText(@TempDir Path out) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(generate(Generated.HOSTILE, out)))) {
			assertEquals("Progress report: <script>alert('title')</script> \"><img src=x onerror=alert(1)>",
					document.getParagraphs().get(0).getText());
			assertFalse(document.getParagraphs().isEmpty());
		}
	}

	@Test
	void theSamePlanGivesTheSameBytes(@TempDir Path out) throws IOException {
		assertArrayEquals(generate(Generated.EXAMPLES.get(0), out.resolve("a")), generate(Generated.EXAMPLES.get(0), out.resolve("b")));
	}

	private static Stream<CTInline> inlines(XWPFRun run) {
		return run.getCTR().getDrawingList().stream().flatMap(d -> d.getInlineList().stream());
	}
}
