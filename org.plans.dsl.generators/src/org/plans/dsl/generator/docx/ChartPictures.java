package org.plans.dsl.generator.docx;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.plans.dsl.escaping.Printable;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.generator.html.SvgChart;
import org.plans.dsl.naming.FileNames;

/**
 * A measure's chart in a Word document: the HTML report's {@link SvgChart}, drawn to PNG by
 * Batik (scripts and external resources off), as an inline picture with alt text.
 */
final class ChartPictures {

	/** The picture's size on the page: 16 cm wide, in the chart's proportions. */
	private static final int WIDTH_PT = 454;

	private ChartPictures() {
	}

	/** Adds the chart of {@code measure} as a paragraph; false when the measure has nothing to draw. */
	static boolean add(XWPFDocument document, MeasureFacts measure) throws IOException {
		String svg = SvgChart.of(measure);
		if (svg.isEmpty()) {
			return false;
		}
		byte[] png = png(svg);
		String alt = WordParts.xmlText("Chart of " + Printable.of(measure.measure().getTitle()));
		XWPFRun run = document.createParagraph().createRun();
		int height = WIDTH_PT * SvgChart.HEIGHT / SvgChart.WIDTH;
		try {
			run.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
					FileNames.safe(measure.measure().getName()) + ".png", Units.toEMU(WIDTH_PT), Units.toEMU(height));
		} catch (InvalidFormatException e) {
			throw new IOException("cannot add the chart of " + measure.measure().getName() + ": " + e.getMessage(), e);
		}
		var inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
		inline.getDocPr().setDescr(alt);
		inline.getDocPr().setTitle(alt);
		return true;
	}

	/** The SVG drawn at twice its size, so that it stays sharp when printed. */
	static byte[] png(String svg) throws IOException {
		PNGTranscoder transcoder = new PNGTranscoder();
		transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) SvgChart.WIDTH * 2);
		transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) SvgChart.HEIGHT * 2);
		transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
		transcoder.addTranscodingHint(PNGTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
		transcoder.addTranscodingHint(PNGTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(bytes));
		} catch (TranscoderException e) {
			throw new IOException("cannot draw a chart: " + e.getMessage(), e);
		}
		return bytes.toByteArray();
	}
}
