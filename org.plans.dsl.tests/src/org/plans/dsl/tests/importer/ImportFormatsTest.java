package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.formatting2.PlanFormatting;
import org.plans.dsl.importer.Importer;
import org.plans.dsl.importer.detect.Mapping;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The same small plan kept as Word, Excel, CSV, TSV, Markdown and tab-separated text, shaped
 * like the seeds (a priority heading, an objective row, a header repeated by a page break,
 * a sentence cut across it), imports to the expected plan in every format.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class ImportFormatsTest {


	private static final List<String> HEADER = List.of("Ref", "Action", "Lead[s]", "Deadline", "Success criteria",
			"Progress");
	private static final List<List<String>> ROWS = List.of(
			List.of("1.1", "Schedule further recruitment days across the county", "Sarah-Jane Smedmor/ Karen Tolond",
					"December 2019", "Minimum of 80% of posts held by permanent staff", "Two days held"),
			List.of("1.2", "Review incentives for harder to fill posts", "Lou Williams & Heads of Service",
					"From May 2019 and ongoing", "Options agreed by committee", "Complete"),
			List.of("", "and locations", "", "", "", ""),
			List.of("1.3", "=HYPERLINK(\"http://example.org\") pasted by mistake", "HR", "TBC by HR",
					"No more than 20 cases per FTE", ""));

	@Inject
	private Injector injector;

	@Inject
	private PlanLoader loader;

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "docx", "xlsx", "csv", "tsv", "md", "txt" })
	void importsEveryFormat(String format) throws IOException {
		Path source = dir.resolve("council-plan." + format);
		switch (format) {
		case "docx" -> docx(source);
		case "xlsx" -> xlsx(source);
		case "csv" -> Files.writeString(source, delimited(','));
		case "tsv" -> Files.writeString(source, delimited('\t'));
		case "md" -> Files.writeString(source, markdown());
		default -> Files.writeString(source, text());
		}
		Importer.Result result = Importer.of(injector).importFile(source, Mapping.none());
		Imports.assertMatchesGolden("import/council-plan." + format + ".plan", result.text());
		assertEquals(List.of(), errors(result.text()));
		assertEquals(3, result.summary().actions(), result.summary().toString());
		assertEquals(result.text(), injector.getInstance(PlanFormatting.class).format(result.text(), "again.plan").text(),
				"an imported plan is already formatted");
	}

	@Test
	void aMappingFileOverridesDetection() throws IOException {
		Path source = dir.resolve("tracker.csv");
		Files.writeString(source, "Number,Task,Who,When\n7,Publish the plan,Ana Patel,Mar 2025\n");
		Path mapping = dir.resolve("mapping.properties");
		Files.writeString(mapping, "ref = Number\naction = Task\nlead = Who\ndeadline = When\nplan.id = council\n"
				+ "plan.title = Council plan\n");
		Importer.Result result = Importer.of(injector).importFile(source, Mapping.load(mapping));
		Imports.assertMatchesGolden("import/mapped.plan", result.text());
		assertEquals(List.of(), errors(result.text()));
	}

	private List<String> errors(String text) {
		return loader.loadTexts(Map.of("imported.plan", text)).issues().stream()
				.filter(i -> i.getSeverity() == Severity.ERROR).map(i -> i.getLineNumber() + ": " + i.getMessage()).toList();
	}

	private static String delimited(char delimiter) {
		StringBuilder out = new StringBuilder();
		out.append(line(HEADER, delimiter));
		ROWS.forEach(row -> out.append(line(row, delimiter)));
		return out.toString();
	}

	private static String line(List<String> cells, char delimiter) {
		return String.join(String.valueOf(delimiter),
				cells.stream().map(c -> delimiter == ',' ? "\"" + c.replace("\"", "\"\"") + "\"" : c).toList()) + "\n";
	}

	private static String markdown() {
		StringBuilder out = new StringBuilder("# Council plan\n\n## Priority 1: Workforce\n\n");
		out.append("| ").append(String.join(" | ", HEADER)).append(" |\n|");
		HEADER.forEach(h -> out.append(" --- |"));
		out.append('\n');
		ROWS.forEach(row -> out.append("| ").append(String.join(" | ", row)).append(" |\n"));
		return out.toString();
	}

	private static String text() {
		StringBuilder out = new StringBuilder("Council plan\n\nPriority 1: Workforce\n");
		out.append(String.join("\t", HEADER)).append('\n');
		out.append(String.join("\t", ROWS.get(0))).append('\n').append(String.join("\t", ROWS.get(1))).append("\n\n");
		out.append("Priority 1: Workforce\n").append(String.join("\t", HEADER)).append('\n');
		ROWS.subList(2, ROWS.size()).forEach(row -> out.append(String.join("\t", row)).append('\n'));
		return out.toString();
	}

	private static void docx(Path file) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			document.createParagraph().createRun().setText("Council plan");
			document.createParagraph().createRun().setText("Priority 1: Workforce");
			XWPFTable table = document.createTable(ROWS.size() + 1, HEADER.size());
			fill(table.getRow(0), HEADER);
			for (int r = 0; r < ROWS.size(); r++) {
				fill(table.getRow(r + 1), ROWS.get(r));
			}
			document.write(out);
		}
	}

	private static void fill(XWPFTableRow row, List<String> cells) {
		for (int c = 0; c < cells.size(); c++) {
			row.getCell(c).setText(cells.get(c));
		}
	}

	private static void xlsx(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = workbook.createSheet("Workforce");
			var header = sheet.createRow(0);
			for (int c = 0; c < HEADER.size(); c++) {
				header.createCell(c).setCellValue(HEADER.get(c));
			}
			for (int r = 0; r < ROWS.size(); r++) {
				var row = sheet.createRow(r + 1);
				for (int c = 0; c < HEADER.size(); c++) {
					row.createCell(c).setCellValue(ROWS.get(r).get(c));
				}
			}
			workbook.write(out);
		}
	}
}
