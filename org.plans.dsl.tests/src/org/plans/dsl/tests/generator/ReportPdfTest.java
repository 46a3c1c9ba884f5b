package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/**
 * The board report as a PDF, opened with PDFBox: the report's text, a tagged structure (headings,
 * tables, figures with alt text), title and language, every font embedded, charts drawn as
 * vectors (no images); a hostile plan prints as text; one report is rendered to PNG with
 * pdftoppm ({@code .ci/deps/poppler.sh}) under {@code target/screenshots/} for a look.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class ReportPdfTest {

	@Inject
	private PlanLoader loader;

	private byte[] generate(String plan, Path out) {
		return Generated.oneFile(loader, "report-pdf", plan, out);
	}

	@Test
	void aTaggedReportWithTheReportsTextAndEmbeddedFonts(@TempDir Path out) throws IOException {
		byte[] bytes = generate(Generated.EXAMPLES.get(0), out);
		assertTrue(Files.exists(out.resolve("demo-report.pdf")));
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(pdf);
			for (String expected : List.of("Progress report: Demo Council Improvement Plan", "RAG by priority",
					"Overdue actions", "Recruit permanent social workers", "Amber", "Measures",
					"Average caseload per social worker", "Costs")) {
				assertTrue(text.contains(expected), () -> "no \"" + expected + "\" in:\n" + text);
			}
			assertEquals("Progress report: Demo Council Improvement Plan", pdf.getDocumentInformation().getTitle());
			assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
			assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot(), "no structure tree: not tagged");
			assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "MarkInfo /Marked is not true");
			List<PDStructureElement> elements = new ArrayList<>();
			collect(pdf.getDocumentCatalog().getStructureTreeRoot(), elements);
			List<String> types = elements.stream().map(PDStructureElement::getStructureType).toList();
			for (String tag : List.of("H1", "H2", "Table", "TH", "TD", "Figure")) {
				assertTrue(types.contains(tag), () -> "no " + tag + " in the structure: " + types.stream().distinct().toList());
			}
			List<String> alts = elements.stream().filter(e -> "Figure".equals(e.getStructureType()))
					.map(PDStructureElement::getAlternateDescription).toList();
			assertTrue(alts.contains("Chart of Average caseload per social worker"), alts::toString);
			for (PDPage page : pdf.getPages()) {
				assertEmbeddedAndVector(page.getResources());
			}
		}
	}

	@Test
	void pdfUaMarkedWithTitleDescriptionSubjectAndLanguage(@TempDir Path out) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(generate(Generated.EXAMPLES.get(0), out))) {
			var catalog = pdf.getDocumentCatalog();
			assertNotNull(catalog.getStructureTreeRoot(), "no structure tree: not tagged");
			assertTrue(catalog.getMarkInfo().isMarked(), "MarkInfo /Marked is not true");
			assertEquals("en-GB", catalog.getLanguage());
			assertTrue(catalog.getViewerPreferences().displayDocTitle(), "the viewer shows the file name, not the title");
			var info = pdf.getDocumentInformation();
			assertEquals("Progress report: Demo Council Improvement Plan", info.getTitle());
			assertTrue(info.getSubject().startsWith("Progress on Demo Council Improvement Plan: Demo Council · Version 2, July 2024"),
					info.getSubject());
			assertEquals("Demo Council", info.getAuthor());
			assertNotNull(catalog.getMetadata(), "no XMP metadata");
			String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
			for (String expected : List.of("pdfuaid:part", "<dc:title>", "<dc:description>",
					"Progress on Demo Council Improvement Plan: Demo Council", "<rdf:li>Demo Council</rdf:li>")) {
				assertTrue(xmp.contains(expected), () -> "no " + expected + " in the XMP:\n" + xmp);
			}
			assertTrue(xmp.matches("(?s).*pdfuaid:part[^0-9]{0,3}1.*"), () -> "not marked PDF/UA-1:\n" + xmp);
		}
	}

	@Test
	void hostilePlanTextIsPrintedAsText(@TempDir Path out) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(generate(Generated.HOSTILE, out))) {
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("<script>alert('title')</script>"), text);
			assertTrue(pdf.getDocumentCatalog().getAcroForm() == null, "a form");
			assertTrue(pdf.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.OPEN_ACTION) == null, "an action");
		}
	}

	@Test
	void theSamePlanGivesTheSameBytes(@TempDir Path out) throws IOException {
		assertArrayEquals(generate(Generated.EXAMPLES.get(0), out.resolve("a")), generate(Generated.EXAMPLES.get(0), out.resolve("b")));
	}

	@Test
	void firstPageRenderedToPngForReview(@TempDir Path out) throws IOException, InterruptedException {
		Path pdf = Path.of("target/screenshots").toAbsolutePath().resolve("demo-report-pdf.pdf");
		Files.createDirectories(pdf.getParent());
		Files.write(pdf, generate(Generated.EXAMPLES.get(0), out));
		PdfPages.toPng(pdf, "demo-report-pdf");
	}

	private static void collect(PDStructureNode node, List<PDStructureElement> into) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				into.add(element);
				collect(element, into);
			}
		}
	}

	/** Every font embedded, and no raster image: text and charts are drawn, not pasted. */
	private static void assertEmbeddedAndVector(PDResources resources) throws IOException {
		if (resources == null) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			PDFont font = resources.getFont(name);
			assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			assertFalse(object instanceof PDImageXObject, "a raster image " + name.getName() + " in the report");
			if (object instanceof PDFormXObject form) {
				assertEmbeddedAndVector(form.getResources());
			}
		}
	}
}
