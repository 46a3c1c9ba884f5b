package org.plans.dsl.generator.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** The paragraph styles a board paper needs as real headings (outline levels, so screen readers and the navigation pane see them). */
final class DocxStyles {

	static final String TITLE = "Title";
	static final String HEADING_1 = "Heading1";
	static final String HEADING_2 = "Heading2";
	static final String HEADING_3 = "Heading3";
	static final String LIST = "ListParagraph";
	static final String CAPTION = "Caption";

	private DocxStyles() {
	}

	static void add(XWPFDocument document, String language) {
		XWPFStyles styles = document.createStyles();
		styles.setSpellingLanguage(language);
		add(styles, TITLE, "Title", null, 56);
		add(styles, HEADING_1, "heading 1", 0, 32);
		add(styles, HEADING_2, "heading 2", 1, 26);
		add(styles, HEADING_3, "heading 3", 2, 22);
		plain(styles, LIST, "List Paragraph", 360, false);
		plain(styles, CAPTION, "caption", 0, true);
	}

	/** A paragraph style that is not a heading: indented by {@code indentTwips}, italic or not. */
	private static void plain(XWPFStyles styles, String id, String name, int indentTwips, boolean italic) {
		CTStyle style = paragraphStyle(id, name);
		if (indentTwips > 0) {
			style.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(indentTwips));
		}
		if (italic) {
			style.addNewRPr().addNewI();
		}
		styles.addStyle(new XWPFStyle(style));
	}

	private static CTStyle paragraphStyle(String id, String name) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewQFormat();
		return style;
	}

	private static void add(XWPFStyles styles, String id, String name, Integer outlineLevel, int halfPoints) {
		CTStyle style = paragraphStyle(id, name);
		if (outlineLevel != null) {
			var paragraph = style.addNewPPr();
			paragraph.addNewKeepNext(); // a heading stays on the page of the table or text it heads
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
		}
		var run = style.addNewRPr();
		run.addNewB();
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		styles.addStyle(new XWPFStyle(style));
	}
}
