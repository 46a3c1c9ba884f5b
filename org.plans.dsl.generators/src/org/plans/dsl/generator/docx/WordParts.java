package org.plans.dsl.generator.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.plans.dsl.escaping.DocumentLanguage;
import org.plans.dsl.generator.report.ReportMetadata;
import org.plans.dsl.plans.Rag;

/**
 * The pieces both Word targets are made of: a document with the styles, title, language and
 * date set; paragraphs; tables whose header row repeats on every page; RAG cells shaded; the
 * file written the same byte for byte on every run. Text goes through {@link #xmlText}.
 */
final class WordParts {

	static final String LANGUAGE = DocumentLanguage.TAG;

	private WordParts() {
	}

	/** A new document titled {@code title}, dated {@code created} (else 1970-01-01: never the clock). */
	static XWPFDocument document(String title, Optional<LocalDate> created) {
		XWPFDocument document = new XWPFDocument();
		DocxStyles.add(document, LANGUAGE);
		var properties = document.getProperties().getCoreProperties();
		properties.setTitle(xmlText(title));
		properties.setCreator("plans");
		properties.getUnderlyingProperties().setLanguageProperty(LANGUAGE);
		properties.setCreated(Optional.of(created.map(d -> Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC)))
				.orElse(new Date(0))));
		return document;
	}

	/** Sets the subject, description and author (the organisation) of the document's core properties. */
	static void describe(XWPFDocument document, ReportMetadata metadata) {
		var properties = document.getProperties().getCoreProperties();
		properties.setSubjectProperty(xmlText(metadata.subject()));
		properties.setDescription(xmlText(metadata.description()));
		if (!metadata.author().isEmpty()) {
			properties.setCreator(xmlText(metadata.author()));
		}
	}

	/** The file's bytes, with fixed zip entry times. */
	static byte[] bytes(XWPFDocument document) throws IOException {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			document.write(bytes);
			return Zips.withFixedTimes(bytes.toByteArray());
		}
	}

	static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		if (style != null) {
			paragraph.setStyle(style);
		}
		paragraph.createRun().setText(xmlText(text));
		return paragraph;
	}

	/** A table with a bold header row that repeats on each page, then one row per entry of {@code rows}; an empty paragraph after it. */
	static XWPFTable table(XWPFDocument document, List<String> header, List<List<String>> rows) {
		XWPFTable table = document.createTable(rows.size() + 1, header.size());
		XWPFTableRow first = table.getRow(0);
		first.setRepeatHeader(true);
		for (int c = 0; c < header.size(); c++) {
			first.getCell(c).setText(xmlText(header.get(c)));
			first.getCell(c).getParagraphs().get(0).getRuns().get(0).setBold(true);
		}
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.getRow(r + 1);
			List<String> cells = rows.get(r);
			for (int c = 0; c < cells.size(); c++) {
				lines(row.getCell(c), cells.get(c));
			}
		}
		document.createParagraph();
		return table;
	}

	/** A cell's text, each of its lines after a line break (Word reads a newline inside a run as a space). */
	private static void lines(XWPFTableCell cell, String text) {
		XWPFRun run = cell.getParagraphs().get(0).createRun();
		String[] lines = xmlText(text).split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
	}

	/** The width of the text on a landscape A4 page with Word's default margins (2.54 cm), in twentieths of a point. */
	static final int LANDSCAPE_TEXT_WIDTH = 16838 - 2 * 1440;

	/**
	 * Lays the table out at the width of a landscape page's text with the given share of it per
	 * column (percent, adding up to 100): the action's title wide, the reference and RAG narrow, as a
	 * paper prints it. The grid and every cell carry the width (Word reads the cells, LibreOffice the grid).
	 */
	static void widths(XWPFTable table, int... percent) {
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(String.valueOf(LANDSCAPE_TEXT_WIDTH));
		var properties = table.getCTTbl().getTblPr();
		(properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout()).setType(STTblLayoutType.FIXED);
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int share : percent) {
			grid.addNewGridCol().setW(BigInteger.valueOf(twips(share)));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int c = 0; c < percent.length && c < row.getTableCells().size(); c++) {
				XWPFTableCell cell = row.getCell(c);
				cell.setWidthType(TableWidthType.DXA);
				cell.setWidth(String.valueOf(twips(percent[c])));
			}
		}
	}

	private static int twips(int percent) {
		return LANDSCAPE_TEXT_WIDTH * percent / 100;
	}

	/** The document's pages in landscape A4 (its one section), for tables of eight columns. */
	static void landscape(XWPFDocument document) {
		var section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(LANDSCAPE_TEXT_WIDTH + 2 * 1440));
		size.setH(BigInteger.valueOf(11906));
		size.setOrient(STPageOrientation.LANDSCAPE);
	}

	/** A RAG cell's background, lighter than the HTML badges so that the black word stays readable. */
	static void shade(XWPFTableCell cell, Rag rag) {
		cell.setColor(switch (rag) {
		case RED -> "F4CCCC";
		case AMBER -> "FCE5CD";
		case GREEN -> "D9EAD3";
		case BLUE -> "CFE2F3";
		});
	}

	/** Plan text without the characters XML cannot hold (control characters, lone surrogates), which Word would refuse. */
	static String xmlText(String text) {
		StringBuilder sb = new StringBuilder(text.length());
		text.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
				|| c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(sb::appendCodePoint);
		return sb.toString();
	}
}
