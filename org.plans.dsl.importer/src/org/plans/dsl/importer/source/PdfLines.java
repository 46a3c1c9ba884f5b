package org.plans.dsl.importer.source;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A PDF page's text as lines of segments: words closer than a column gap are one segment. */
final class PdfLines {

	/** Words on one line: their left and right x, the text. */
	record Segment(float x0, float x1, String text) {
	}

	/** One line of a page: its baseline from the top, font size, segments left to right; and how far down the page. */
	record Line(float y, float size, List<Segment> segments, float position) {

		String text() {
			return String.join(" ", segments.stream().map(Segment::text).toList());
		}
	}

	private static final Pattern PAGE_NUMBER = Pattern
			.compile("(?i)^(page\\s*)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?$|^-\\s*\\d{1,4}\\s*-$");
	/** Top and bottom share of a page where running headers and footers are looked for. */
	private static final float MARGIN = 0.1f;

	private PdfLines() {
	}

	private record Word(float x0, float x1, float y, float size, String text) {
	}

	/** The lines of page {@code page} (1-based), top to bottom. */
	static List<Line> of(PDDocument document, int page) throws IOException {
		List<Word> words = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				if (text.isBlank() || positions.isEmpty()) {
					return;
				}
				TextPosition first = positions.get(0);
				TextPosition last = positions.get(positions.size() - 1);
				words.add(new Word(first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(),
						Math.max(1f, first.getFontSizeInPt()), text.strip()));
			}
		};
		stripper.setSortByPosition(true);
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		stripper.writeText(document, new StringWriter());
		float height = document.getPage(page - 1).getMediaBox().getHeight();
		words.sort(Comparator.comparingDouble(Word::y).thenComparingDouble(Word::x0));
		List<List<Word>> rows = new ArrayList<>();
		for (Word word : words) {
			List<Word> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
			if (last != null && Math.abs(last.get(0).y() - word.y()) <= 0.4f * word.size()) {
				last.add(word);
			} else {
				rows.add(new ArrayList<>(List.of(word)));
			}
		}
		List<Line> lines = new ArrayList<>();
		for (List<Word> row : rows) {
			row.sort(Comparator.comparingDouble(Word::x0));
			lines.add(line(row, height));
		}
		return lines;
	}

	/** Words of one line into segments: a gap wider than about a word space and a half starts a new one. */
	private static Line line(List<Word> words, float height) {
		List<Segment> segments = new ArrayList<>();
		float size = (float) words.stream().mapToDouble(Word::size).max().orElse(10);
		Word start = words.get(0);
		float x1 = start.x1();
		StringBuilder text = new StringBuilder(start.text());
		for (Word word : words.subList(1, words.size())) {
			if (word.x0() - x1 > 0.75f * word.size()) {
				segments.add(new Segment(start.x0(), x1, text.toString()));
				start = word;
				text.setLength(0);
			} else {
				text.append(' ');
			}
			text.append(word.text());
			x1 = Math.max(x1, word.x1());
		}
		segments.add(new Segment(start.x0(), x1, text.toString()));
		if (PdfText.isFieldLine(segments.stream().map(Segment::text).toList())) {
			// "Lead: Head of Service      Deadline: March 2023": fields of one line of text, not a table row
			segments = List.of(new Segment(segments.get(0).x0(), x1,
					String.join(" ", segments.stream().map(Segment::text).toList())));
		}
		return new Line(start.y(), size, segments, height <= 0 ? 0.5f : words.get(0).y() / height);
	}

	/**
	 * Leaves out running headers and footers: one-piece lines near the top or bottom of a page
	 * that are a page number, or that come back (digits aside) on other pages at the same place.
	 * A running header's first showing stays when it is in the page's largest print (it is then
	 * the title); footers all go.
	 */
	static void dropRunningLines(List<List<Line>> pages) {
		Map<String, Integer> seen = new HashMap<>();
		for (List<Line> page : pages) {
			page.stream().filter(PdfLines::running).map(PdfLines::shape).distinct()
					.forEach(shape -> seen.merge(shape, 1, Integer::sum));
		}
		Map<String, Boolean> shown = new HashMap<>();
		for (List<Line> page : pages) {
			float largest = (float) page.stream().mapToDouble(Line::size).max().orElse(0);
			// a running header in smaller print than the page's own title is no title: it goes too
			page.removeIf(line -> running(line) && (PAGE_NUMBER.matcher(line.text().strip()).matches()
					|| seen.getOrDefault(shape(line), 0) > 1 && (line.position() > 0.5 || line.size() < largest
							|| shown.put(shape(line), Boolean.TRUE) != null)));
		}
	}

	private static boolean running(Line line) {
		return line.segments().size() == 1 && inMargin(line);
	}

	private static boolean inMargin(Line line) {
		return line.position() < MARGIN || line.position() > 1 - MARGIN;
	}

	private static String shape(Line line) {
		return (line.position() < 0.5 ? "top:" : "bottom:") + line.text().replaceAll("\\d+", "#").strip();
	}
}
