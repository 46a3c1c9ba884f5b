package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.escaping.DocumentLanguage;
import org.plans.dsl.importer.ImportSummary;
import org.plans.dsl.importer.ReviewPage;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/**
 * Every generated document declares the same language, {@link DocumentLanguage#TAG}: the report
 * PDF's catalog (read with PDFBox), both Word files' core properties and spelling language (POI),
 * the HTML pages the PDF is printed from, and the import's review page.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class ReportLanguageTest {

	private static final Pattern HTML_LANG = Pattern.compile("<html lang=\"([^\"]*)\"");

	@Inject
	private PlanLoader loader;

	@Test
	void everyDocumentDeclaresOneLanguage(@TempDir Path out) throws IOException {
		String plan = Generated.EXAMPLES.get(0);
		try (PDDocument pdf = Loader.loadPDF(Generated.oneFile(loader, "report-pdf", plan, out.resolve("pdf")))) {
			assertEquals(DocumentLanguage.TAG, pdf.getDocumentCatalog().getLanguage(), "report-pdf");
		}
		for (String word : List.of("docx", "report-docx")) {
			byte[] bytes = Generated.oneFile(loader, word, plan, out.resolve(word));
			try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
				assertEquals(DocumentLanguage.TAG,
						document.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty().orElse(""),
						word);
				assertEquals(DocumentLanguage.TAG, document.getStyles().getCtStyles().getDocDefaults().getRPrDefault()
						.getRPr().getLangArray(0).getVal(), word);
			}
		}
		for (String html : List.of("html", "report")) {
			String page = new String(Generated.oneFile(loader, html, plan, out.resolve(html)), StandardCharsets.UTF_8);
			Matcher lang = HTML_LANG.matcher(page);
			assertEquals(DocumentLanguage.TAG, lang.find() ? lang.group(1) : "", html);
		}
	}

	@Test
	void theImportsReviewPageDeclaresTheSameLanguage() {
		String page = ReviewPage.of("plan.csv", new ImportSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of()), List.of());
		Matcher lang = HTML_LANG.matcher(page);
		assertEquals(DocumentLanguage.TAG, lang.find() ? lang.group(1) : "");
	}

	@Test
	void theLanguageIsBritishEnglish() {
		assertEquals("en-GB", DocumentLanguage.TAG);
	}
}
