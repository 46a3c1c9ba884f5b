package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/** The Word target, opened with POI as Word would: headings, the action tables, RAG cells, properties, reproducibility. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class DocxTargetTest {

	private static final String EXAMPLE = "examples/constructs/all-constructs.plan";

	@Inject
	private PlanLoader loader;

	private Path generate(Path out) throws IOException {
		Generated.target("docx").generate(Generated.context(loader, EXAMPLE, Map.of()), OutputFiles.directory(out));
		try (var files = Files.list(out)) {
			List<Path> written = files.toList();
			assertEquals(1, written.size(), written::toString);
			return written.get(0);
		}
	}

	@Test
	void aCommitteePaperWithRealHeadingsAndOneTablePerObjective(@TempDir Path out) throws IOException {
		Path docx = generate(out);
		assertEquals("demo.docx", docx.getFileName().toString());
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
			assertEquals("Demo Council Improvement Plan", document.getProperties().getCoreProperties().getTitle());
			List<String> headings = document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
					.map(XWPFParagraph::getText).toList();
			assertTrue(headings.contains("Priority 1: Workforce"), headings::toString);
			assertTrue(headings.contains("Recommendations and findings"), headings::toString);
			assertTrue(headings.contains("Measures"), headings::toString);
			assertTrue(headings.contains("Costs"), headings::toString);
			assertEquals(1, document.getAllPictures().size(), "the caseload chart");
			assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("Action 1.1: Recruit")),
					"the cost not added up");
			assertEquals(0, document.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
			XWPFTable first = document.getTables().get(0);
			XWPFTableRow header = first.getRow(0);
			assertTrue(header.isRepeatHeader());
			assertEquals(List.of("Ref", "Action", "Lead", "Start", "Deadline", "Target", "Progress", "RAG"),
					header.getTableCells().stream().map(c -> c.getText()).toList());
			XWPFTableRow action = document.getTables().stream().flatMap(t -> t.getRows().stream())
					.filter(r -> r.getCell(0).getText().equals("1.1")).findFirst().orElseThrow();
			assertEquals("Recruit permanent social workers", action.getCell(1).getText());
			assertEquals("Ana Patel; HR", action.getCell(2).getText());
			assertEquals("2025-03", action.getCell(4).getText());
			assertEquals("Amber", action.getCell(7).getText());
			assertEquals("FCE5CD", action.getCell(7).getColor());
			// landscape A4, the action's title a quarter of the width, a target per line
			var size = document.getDocument().getBody().getSectPr().getPgSz();
			assertEquals("LANDSCAPE", size.getOrient().toString().toUpperCase(Locale.ROOT));
			assertTrue(((BigInteger) size.getW()).intValue() > ((BigInteger) size.getH()).intValue());
			assertEquals(TableWidthType.DXA, action.getCell(1).getWidthType());
			XWPFTable objective = document.getTables().stream().filter(t -> t.getRows().contains(action)).findFirst().orElseThrow();
			int[] grid = objective.getCTTbl().getTblGrid().getGridColList().stream()
					.mapToInt(col -> ((BigInteger) col.getW()).intValue()).toArray();
			assertEquals(8, grid.length);
			assertEquals(25.0, 100.0 * grid[1] / Arrays.stream(grid).sum(), 0.5, "the action's title a quarter of the width");
			assertEquals(2, action.getCell(5).getParagraphs().get(0).getRuns().get(0).getCTR().sizeOfBrArray(),
					"three targets, one per line: " + action.getCell(5).getText());
		}
	}

	@Test
	void theSamePlanGivesTheSameBytes(@TempDir Path out) throws IOException {
		byte[] first = Files.readAllBytes(generate(out.resolve("a")));
		byte[] second = Files.readAllBytes(generate(out.resolve("b")));
		assertArrayEquals(first, second);
	}
}
