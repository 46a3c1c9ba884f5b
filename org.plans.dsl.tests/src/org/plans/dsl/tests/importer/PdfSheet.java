package org.plans.dsl.tests.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * One PDF page the import tests draw with PDFBox, measured from the top: text, lines of a
 * paragraph, rows of cells ruled as a grid or with a rule under them, boxes.
 */
final class PdfSheet {
	private final PDPageContentStream content;
	private final float height;
	private final PDType1Font font;
	private final float size;

	PdfSheet(PDDocument document, PDRectangle box, Standard14Fonts.FontName name, float size) throws IOException {
		PDPage page = new PDPage(box);
		document.addPage(page);
		height = box.getHeight();
		content = new PDPageContentStream(document, page);
		font = new PDType1Font(name);
		this.size = size;
	}

	void text(float x, float top, String text, float fontSize) throws IOException {
		content.beginText();
		content.setFont(font, fontSize);
		content.newLineAtOffset(x, height - top);
		content.showText(text);
		content.endText();
	}

	/** Lines of a paragraph from {@code top}; returns the top of what follows. */
	float lines(float top, float fontSize, String... lines) throws IOException {
		float y = top;
		for (String line : lines) {
			y += fontSize * 1.25f;
			text(50, y, line, fontSize);
		}
		return y;
	}

	/** A row of cells ruled on every side (a grid): each cell's lines stacked; returns the next row's top. */
	float gridRow(float top, float[] columns, List<String> cells) throws IOException {
		float bottom = cells(top, columns, cells, 4);
		for (float x : columns) {
			line(x, top, x, bottom);
		}
		line(columns[0], top, columns[columns.length - 1], top);
		line(columns[0], bottom, columns[columns.length - 1], bottom);
		return bottom;
	}

	/** A row with a rule under it only, cells close together; returns the next row's top. */
	float ruledRow(float top, float[] columns, List<String> cells) throws IOException {
		float bottom = cells(top, columns, cells, 3);
		line(columns[0], bottom, columns[columns.length - 1], bottom);
		return bottom;
	}

	private float cells(float top, float[] columns, List<String> cells, float padding) throws IOException {
		int lines = 1;
		List<String[]> split = new ArrayList<>();
		for (String cell : cells) {
			String[] parts = cell.split("\n");
			split.add(parts);
			lines = Math.max(lines, parts.length);
		}
		float leading = size * 1.2f;
		for (int c = 0; c < split.size(); c++) {
			for (int l = 0; l < split.get(c).length; l++) {
				if (!split.get(c)[l].isEmpty()) {
					text(columns[c] + 4, top + padding + size + l * leading, split.get(c)[l], size);
				}
			}
		}
		return top + lines * leading + 2 * padding;
	}

	private void line(float x0, float top0, float x1, float top1) throws IOException {
		content.moveTo(x0, height - top0);
		content.lineTo(x1, height - top1);
		content.stroke();
	}

	void close() throws IOException {
		content.close();
	}

	/** A box {@code width} wide and {@code depth} deep whose top left corner is at x, top. */
	void box(float x, float top, float width, float depth) throws IOException {
		content.addRect(x, height - top - depth, width, depth);
		content.stroke();
	}
}
