package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
 * The Word paper as Word users would see it: the generated {@code .docx} printed to PDF by
 * LibreOffice Writer headless ({@code .ci/deps/libreoffice.sh}, which {@code ./mvnw verify} runs
 * first), read back with PDFBox, and its pages rendered to PNG under {@code target/screenshots/}
 * for a look in review.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class DocxRenderedTest {

	private static final Path SOFFICE = Path.of("/usr/bin/soffice");

	@Inject
	private PlanLoader loader;

	@Test
	void theWordPaperPrintsWithItsTablesAndRendersToPng(@TempDir Path work) throws IOException, InterruptedException {
		assertTrue(Files.isExecutable(SOFFICE), "run .ci/deps/libreoffice.sh (./mvnw verify does) to install LibreOffice Writer");
		Path screenshots = Path.of("target/screenshots").toAbsolutePath();
		Files.createDirectories(screenshots);
		Path docx = screenshots.resolve("demo-docx.docx");
		Files.write(docx, Generated.oneFile(loader, "docx", Generated.EXAMPLES.get(0), work.resolve("out")));
		// a profile of its own: no user settings, and no clash with a LibreOffice already running
		PdfPages.run(List.of(SOFFICE.toString(), "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless",
				"--norestore", "--convert-to", "pdf", "--outdir", screenshots.toString(), docx.toString()), 180);
		Path pdf = screenshots.resolve("demo-docx.pdf");
		try (PDDocument printed = Loader.loadPDF(pdf.toFile())) {
			// words wrap in the table cells: compare with the lines joined
			String text = new PDFTextStripper().getText(printed).replaceAll("\\s+", " ");
			for (String expected : List.of("Demo Council Improvement Plan", "Priority 1: Workforce", "Recommendations and findings",
					"Amber", "Measures", "Costs")) {
				assertTrue(text.contains(expected), () -> "no \"" + expected + "\" in the printed paper:\n" + text);
			}
		}
		PdfPages.toPng(pdf, "demo-docx");
	}
}
