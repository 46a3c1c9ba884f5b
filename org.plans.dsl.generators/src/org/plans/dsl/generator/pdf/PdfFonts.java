package org.plans.dsl.generator.pdf;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts every PDF embeds, whatever the machine has: DejaVu Sans and DejaVu Sans Bold, read
 * from the classpath (the jasperreports-fonts jar), for the text, the charts and any character
 * the page's other fonts lack.
 */
final class PdfFonts {

	static final String FAMILY = "DejaVu Sans";

	private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

	private PdfFonts() {
	}

	static void register(PdfRendererBuilder builder) {
		EnumSet<FSFontUseCase> everywhere = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG,
				FSFontUseCase.FALLBACK_PRE, FSFontUseCase.FALLBACK_FINAL);
		builder.useFont(() -> open("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true, everywhere);
		builder.useFont(() -> open("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true, everywhere);
	}

	private static InputStream open(String file) {
		InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file);
		if (in == null) {
			throw new UncheckedIOException(new FileNotFoundException(
					"the font " + file + " is missing from the classpath (net.sf.jasperreports:jasperreports-fonts)"));
		}
		return in;
	}
}
