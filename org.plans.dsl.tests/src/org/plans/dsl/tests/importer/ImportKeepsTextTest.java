package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.importer.Importer;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The importer keeps the user's text: names in any script stay different people, text between
 * {@code <} and {@code >} and {@code **} or {@code __} in plain values are kept, and an Excel
 * formula cell gives the value Excel shows.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class ImportKeepsTextTest {

	private static final Pattern PERSON = Pattern.compile("(?m)^(?:person|team|role|partner) (\\S+) \"([^\"]*)\"");

	@Inject
	private Injector injector;

	@Inject
	private PlanLoader loader;

	@TempDir
	Path dir;

	@Test
	void leadsInAnyScriptStayApart() throws IOException {
		List<String> names = List.of("Иван Петров", "Ольга Смирнова", "王伟", "李娜", "Γιώργος Παπαδόπουλος", "🚀🌟",
				"🎯🎯");
		StringBuilder csv = new StringBuilder("Ref,Action,Lead,Deadline\n");
		for (int i = 0; i < names.size(); i++) {
			csv.append("1.").append(i + 1).append(",Action number ").append(i + 1).append(',').append(names.get(i))
					.append(",March 2025\n");
		}
		Importer.Result result = imports().text("leads.csv", csv.toString());
		String text = result.text();
		Matcher m = PERSON.matcher(text);
		Map<String, String> byId = new java.util.LinkedHashMap<>();
		while (m.find()) {
			assertEquals(null, byId.put(m.group(1), m.group(2)), text);
		}
		assertEquals(names.size(), byId.size(), text);
		assertTrue(byId.values().containsAll(names), text);
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			String id = byId.entrySet().stream().filter(e -> e.getValue().equals(name)).findFirst().orElseThrow().getKey();
			assertTrue(text.contains("\"Action number " + (i + 1) + "\" {\n        lead " + id + "\n"), id + "\n" + text);
		}
		assertEquals(List.of(), imports().errors(result));
	}

	/** A name written once with a non-breaking space (pasted from Word) and once without is one lead. */
	@Test
	void aNonBreakingSpaceInANameIsASpace() throws IOException {
		String csv = "Ref,Action,Lead,Deadline\n1.1,Recruit,Ana\u00a0Patel,March 2025\n1.2,Train,Ana Patel,April 2025\n";
		Importer.Result result = imports().text("leads.csv", csv);
		Matcher m = PERSON.matcher(result.text());
		List<String> people = new java.util.ArrayList<>();
		while (m.find()) {
			people.add(m.group(1) + " " + m.group(2));
		}
		assertEquals(1, people.size(), result.text());
		assertTrue(people.get(0).endsWith(" Ana Patel"), people.toString());
		assertEquals(List.of(), imports().errors(result));
	}

	@ParameterizedTest
	@ValueSource(strings = { "csv", "txt", "xlsx" })
	void angleBracketsAndStarsInPlainValuesAreText(String format) throws IOException {
		String action = "Keep caseloads <20 per worker and agency use >5% lower";
		String success = "2**3 cases, a__b and **not bold** in plain text";
		Path source = dir.resolve("plain." + format);
		switch (format) {
		case "csv" -> Files.writeString(source, "Ref,Action,Lead,Deadline,Success criteria\n1.1,\"" + action
				+ "\",HR,March 2025,\"" + success + "\"\n");
		case "txt" -> Files.writeString(source,
				"Ref\tAction\tLead\tDeadline\tSuccess criteria\n1.1\t" + action + "\tHR\tMarch 2025\t" + success + "\n");
		default -> xlsx(source, List.of("1.1", action, "HR", "March 2025", success));
		}
		String text = importText(source);
		assertTrue(text.contains("\"" + action + "\""), text);
		if (!format.equals("txt")) {
			assertTrue(text.contains("\"" + success + "\""), text);
		} else {
			assertTrue(text.contains("2**3 cases, a__b"), text);
		}
	}

	@Test
	void realMarkupInTextIsStillRead() throws IOException {
		String text = importText("marked.txt", "Ref\tAction\tLead\tDeadline\n1.1\t<b>Recruit</b> staff &amp; **managers**"
				+ "\tHR\tMarch 2025\n");
		assertTrue(text.contains("\"Recruit staff & managers\""), text);
	}

	@Test
	void formulaCellsGiveTheirValue() throws IOException {
		Path source = dir.resolve("formulas.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(source)) {
			var row = headedSheet(workbook).createRow(1);
			row.createCell(0).setCellValue("1.1");
			row.createCell(1).setCellFormula("CONCATENATE(\"Recruit \",\"social workers\")");
			row.createCell(2).setCellValue("HR");
			row.createCell(3).setCellValue("March 2025");
			row.createCell(4).setCellFormula("10*2");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
		}
		String text = importText(source);
		assertTrue(text.contains("\"Recruit social workers\""), text);
		assertTrue(text.contains("success \"20\""), text);
		assertFalse(text.contains("CONCATENATE"), text);
	}

	private String importText(String name, String content) {
		return imports().text(name, content).text();
	}

	private String importText(Path source) {
		return imports().file(source).text();
	}

	private Imports imports() {
		return new Imports(injector, loader, dir);
	}

	private static void xlsx(Path file, List<String> values) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			var row = headedSheet(workbook).createRow(1);
			for (int c = 0; c < values.size(); c++) {
				row.createCell(c).setCellValue(values.get(c));
			}
			workbook.write(out);
		}
	}

	/** A sheet whose first row is the plan's column names. */
	private static XSSFSheet headedSheet(XSSFWorkbook workbook) {
		XSSFSheet sheet = workbook.createSheet("Plan");
		String[] header = { "Ref", "Action", "Lead", "Deadline", "Success criteria" };
		var row = sheet.createRow(0);
		for (int c = 0; c < header.length; c++) {
			row.createCell(c).setCellValue(header[c]);
		}
		return sheet;
	}
}
