package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.plans.dsl.tests.escaping.NoFormulas;

import tools.jackson.databind.json.JsonMapper;

/**
 * What every generated file must be, whatever the plan said: read back by the format's own
 * parser, with no active content, at a path that stays inside the output directory.
 */
public final class WellFormed {

	private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
			"com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

	private WellFormed() {
	}

	/** Checks one generated file by its extension; {@code path} is relative to the output directory. */
	public static void file(String path, String content) {
		path(path);
		String name = path.toLowerCase(Locale.ROOT);
		if (name.endsWith(".html")) {
			assertSafe(Jsoup.parse(content), path);
		} else if (name.endsWith(".md")) {
			assertSafe(markdown(content), path);
		} else if (name.endsWith(".csv")) {
			csv(content, path);
		} else if (name.endsWith(".json")) {
			JsonMapper.builder().build().readTree(content);
		} else if (name.endsWith(".ics")) {
			Calendars.parse(content);
		} else if (name.endsWith(".docx")) {
			docx(content, path);
		} else if (name.endsWith(".pdf")) {
			pdf(content, path);
		} else {
			throw new AssertionError("a file of unknown type: " + path);
		}
	}

	/** A Word document (read as "base64:…" by {@link Generated#read}) that POI opens, with every paragraph readable. */
	private static void docx(String content, String path) {
		assertTrue(content.startsWith("base64:"), "not a binary file: " + path);
		byte[] bytes = Base64.getDecoder().decode(content.substring("base64:".length()));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			document.getParagraphs().forEach(p -> p.getText());
		} catch (IOException e) {
			throw new AssertionError(path + " is not a Word document POI can open: " + e.getMessage(), e);
		}
	}

	/** A PDF (read as "base64:…") that PDFBox opens, with its text extractable, and no actions or forms. */
	private static void pdf(String content, String path) {
		assertTrue(content.startsWith("base64:"), "not a binary file: " + path);
		byte[] bytes = Base64.getDecoder().decode(content.substring("base64:".length()));
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			new PDFTextStripper().getText(pdf);
			assertTrue(pdf.getDocumentCatalog().getAcroForm() == null, path + " has a form");
			assertTrue(pdf.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.OPEN_ACTION) == null,
					path + " has an action on opening");
		} catch (IOException e) {
			throw new AssertionError(path + " is not a PDF PDFBox can open: " + e.getMessage(), e);
		}
	}

	/** A relative path below the output directory whose every segment is a portable file name. */
	public static void path(String path) {
		assertFalse(Path.of(path).isAbsolute() || path.startsWith("/") || path.startsWith("\\"), "absolute: " + path);
		for (String segment : path.split("/")) {
			assertFalse(segment.isEmpty() || segment.equals(".") || segment.equals(".."), "segment in " + path);
			assertTrue(segment.matches("[A-Za-z0-9._-]+"), "unportable file name in " + path);
			String base = segment.toLowerCase(Locale.ROOT).replaceFirst("\\..*$", "");
			assertFalse(RESERVED.contains(base), "reserved device name in " + path);
		}
	}

	/** Markdown rendered by CommonMark with GitHub's tables, as a reader's viewer would show it. */
	public static Document markdown(String markdown) {
		List<Extension> tables = List.of(TablesExtension.create());
		return Jsoup.parseBodyFragment(HtmlRenderer.builder().extensions(tables).build()
				.render(Parser.builder().extensions(tables).build().parse(markdown)));
	}

	/** No script, no embedded objects, no event handlers, no javascript: URLs. */
	public static void assertSafe(Document doc, String what) {
		assertTrue(doc.select("script, img, iframe, object, embed, svg script, a[href^=javascript]").isEmpty(),
				what + " has active elements");
		for (Element element : doc.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), what + ": " + element);
				assertFalse(attribute.getValue().toLowerCase(Locale.ROOT).contains("javascript:"), what + ": " + element);
			}
		}
	}

	private static void csv(String content, String path) {
		try {
			NoFormulas.assertNoFormulaCells(CSVFormat.RFC4180.parse(new StringReader(content)), path);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
