package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.escaping.NoFormulas;

import com.google.inject.Inject;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VToDo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plan full of script, markup, formulas, calendar lines and control characters: every
 * output, read back by a real parser, shows it as text and nothing else.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class InjectionTest {

	private static final String TITLE = "<script>alert('title')</script> \"><img src=x onerror=alert(1)>";

	@Inject
	private PlanLoader loader;

	private Map<String, String> generate(String target, Path out) {
		return Generated.run(Generated.target(target), Generated.context(loader, Generated.HOSTILE, Map.of()), out);
	}

	@Test
	void htmlPageReportAndLeadPagesRunNoScript(@TempDir Path out) {
		for (String target : List.of("html", "report", "by-lead")) {
			Map<String, String> files = generate(target, out.resolve(target));
			List<String> pages = files.keySet().stream().filter(f -> f.endsWith(".html")).toList();
			assertFalse(pages.isEmpty(), target);
			for (String page : pages) {
				Document doc = Jsoup.parse(files.get(page));
				WellFormed.assertSafe(doc, target + " " + page);
			}
		}
		Document page = Jsoup.parse(generate("html", out.resolve("again")).get("hostile.html"));
		assertEquals(TITLE, page.title());
		assertEquals(TITLE, page.selectFirst("h1").text());
		assertTrue(page.text().contains("[click](javascript:alert(6)) ![x](http://evil.example/x.png) <a href=\"javascript:alert(7)\">a</a>"));
	}

	@Test
	void markdownRendersNoLinkImageOrHtml(@TempDir Path out) {
		Map<String, String> files = generate("markdown", out);
		files.putAll(generate("by-lead", out.resolve("by-lead")));
		for (Map.Entry<String, String> file : files.entrySet()) {
			if (!file.getKey().endsWith(".md")) {
				continue;
			}
			Document doc = WellFormed.markdown(file.getValue());
			WellFormed.assertSafe(doc, file.getKey());
			assertTrue(doc.select("a, b, h1 ~ h1, blockquote, ol, code, em").isEmpty(), file.getKey() + ":\n" + doc.body().html());
		}
		Document checklist = WellFormed.markdown(files.get("hostile.md"));
		assertEquals(TITLE, checklist.selectFirst("h1").text());
		assertTrue(checklist.text().contains("[click](javascript:alert(6)) ![x](http://evil.example/x.png)"), checklist.text());
	}

	@Test
	void csvCellsCannotBeFormulas(@TempDir Path out) throws IOException {
		String csv = generate("csv", out).get("hostile.csv");
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(csv)).getRecords();
		assertEquals(3, records.size());
		NoFormulas.assertNoFormulaCells(records, "hostile.csv");
		CSVRecord first = records.get(0);
		assertEquals("'=1+1 <iframe src=javascript:alert(5)>", first.get("Priority title"));
		assertEquals("'=HYPERLINK(\"http://evil.example/\",\"click\")", first.get("Objective"));
		assertEquals("'+cmd|' /C calc'!A0", first.get("Leads"));
		assertEquals("'-1+1", first.get("Latest progress"));
		assertEquals("'@SUM(A1); =cmd", first.get("Tags"));
		assertEquals("'\tTabbed =cmd", first.get("Description"));
		assertEquals("Red", first.get("RAG"));
		assertEquals("'@SUM(1+1)*cmd|' /C calc'!A0", records.get(1).get("Leads"));
		assertEquals("'\r\nCR start", records.get(2).get("Action"), "a leading CR is neutralised, then kept as a line break (CRLF, as every line end of the file)");
	}

	@Test
	void icsTextCannotOpenComponents(@TempDir Path out) {
		Calendar calendar = Calendars.parse(generate("ics", out).get("hostile.ics"));
		List<VToDo> todos = calendar.getComponents(Component.VTODO);
		assertEquals(3, todos.size());
		assertEquals(2, calendar.getComponents(Component.VEVENT).size(), "one milestone, one board");
		assertEquals("1.1 Summary\nBEGIN:VEVENT\nSUMMARY:injected\nEND:VEVENT",
				todos.get(0).getProperty(Property.SUMMARY).orElseThrow().getValue());
		assertTrue(calendar.getComponents(Component.VEVENT).stream()
				.noneMatch(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals("evil")));
		assertTrue(calendar.getComponents(Component.VEVENT).get(1).getProperty(Property.SUMMARY).orElseThrow().getValue()
				.startsWith("Board\nBEGIN:VEVENT\nUID:evil\nEND:VEVENT"));
	}

	@Test
	void jsonKeepsEveryCharacterAndParses(@TempDir Path out) {
		String json = generate("json", out).get("hostile.json");
		for (char c : json.toCharArray()) {
			assertTrue(c >= 0x20 || c == '\n', "raw control character " + (int) c);
		}
		JsonNode plan = JsonMapper.builder().build().readTree(json);
		assertEquals(TITLE, plan.get("title").asString());
		assertEquals("\u0000\u0001\u001f control", plan.get("measures").get(0).get("milestones").get(0).get("text").asString());
		assertEquals("Summary\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT",
				plan.get("priorities").get(0).get("objectives").get(0).get("actions").get(0).get("title").asString());
	}
}
