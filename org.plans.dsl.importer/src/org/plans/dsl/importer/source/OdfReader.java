package org.plans.dsl.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An OpenDocument text (.odt: its tables, and the headings and paragraphs between them) or
 * spreadsheet (.ods: each sheet a heading and a table), read from its content.xml. Repeated
 * rows and columns are spread out (trailing empty ones dropped); covered cells of a merge are empty.
 */
public class OdfReader implements SourceReader {

	static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
	static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
	static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
	/** The most copies of one repeated row or cell that are spread out. */
	private static final int MAX_REPEAT = 200;

	@Override
	public List<Block> read(Path file) throws IOException {
		String name = file.getFileName().toString();
		Document content;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry entry = zip.getEntry("content.xml");
			if (entry == null) {
				throw new IOException("an OpenDocument file without content.xml");
			}
			try (InputStream in = zip.getInputStream(entry)) {
				content = parser().parse(in);
			}
		} catch (SAXException e) {
			throw new IOException("content.xml is not well-formed XML (" + e.getMessage() + ")");
		}
		Element body = first(content.getDocumentElement(), OFFICE, "body");
		List<Block> blocks = new ArrayList<>();
		if (body == null) {
			return blocks;
		}
		Element sheets = first(body, OFFICE, "spreadsheet");
		if (sheets != null) {
			List<Element> tables = children(sheets, TABLE, "table");
			for (Element table : tables) {
				String sheet = table.getAttributeNS(TABLE, "name");
				String origin = name + " sheet '" + sheet + "'";
				if (tables.size() > 1) {
					blocks.add(new Block.Sheet(sheet, origin));
				}
				Block.Table read = table(table, origin);
				if (!read.rows().isEmpty()) {
					blocks.add(read);
				}
			}
			return blocks;
		}
		Element text = first(body, OFFICE, "text");
		if (text != null) {
			new Walk(name, blocks).visit(text);
		}
		return blocks;
	}

	/** The text body's blocks in order. */
	private static final class Walk {
		private final String name;
		private final List<Block> blocks;
		private int paragraphs;
		private int tables;

		Walk(String name, List<Block> blocks) {
			this.name = name;
			this.blocks = blocks;
		}

		void visit(Element parent) {
			for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
				if (!(node instanceof Element element)) {
					continue;
				}
				String ns = element.getNamespaceURI();
				String local = element.getLocalName();
				if (TABLE.equals(ns) && "table".equals(local)) {
					tables++;
					blocks.add(table(element, name + " table " + tables));
				} else if (TEXT.equals(ns) && ("p".equals(local) || "h".equals(local))) {
					for (String line : CellText.plain(text(element)).split("\n")) {
						if (!line.isBlank()) {
							paragraphs++;
							blocks.add(new Block.Paragraph(line, name + " paragraph " + paragraphs));
						}
					}
				} else if (TEXT.equals(ns) && "list-item".equals(local) && !hasTable(element)) {
					String item = CellText.plain(cellText(element));
					if (!item.isEmpty()) {
						paragraphs++;
						blocks.add(new Block.Paragraph("- " + item.replace("\n", " "), name + " paragraph " + paragraphs));
					}
				} else {
					visit(element);
				}
			}
		}
	}

	private static boolean hasTable(Element element) {
		return element.getElementsByTagNameNS(TABLE, "table").getLength() > 0;
	}

	/** A table's rows: repeats spread, trailing empty cells and rows dropped, squared. */
	static Block.Table table(Element table, String origin) {
		List<Block.Row> rows = new ArrayList<>();
		List<Element> rowElements = new ArrayList<>();
		collectRows(table, rowElements);
		int number = 0;
		for (Element row : rowElements) {
			List<String> cells = new ArrayList<>();
			for (Node node = row.getFirstChild(); node != null; node = node.getNextSibling()) {
				if (node instanceof Element cell && TABLE.equals(cell.getNamespaceURI())
						&& ("table-cell".equals(cell.getLocalName()) || "covered-table-cell".equals(cell.getLocalName()))) {
					String value = "table-cell".equals(cell.getLocalName()) ? CellText.plain(cellText(cell)) : "";
					int repeat = repeat(cell, "number-columns-repeated");
					for (int i = 0; i < repeat; i++) {
						cells.add(value);
					}
				}
			}
			while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
				cells.remove(cells.size() - 1);
			}
			int repeat = repeat(row, "number-rows-repeated");
			for (int i = 0; i < repeat; i++) {
				number++;
				rows.add(new Block.Row(List.copyOf(cells), origin + " row " + number));
			}
		}
		while (!rows.isEmpty() && rows.get(rows.size() - 1).isBlank()) {
			rows.remove(rows.size() - 1);
		}
		return new Block.Table(Tables.square(rows), origin);
	}

	/** Rows of a table, also inside header-rows, row groups and rows containers. */
	private static void collectRows(Element parent, List<Element> rows) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && TABLE.equals(element.getNamespaceURI())) {
				String local = element.getLocalName();
				if ("table-row".equals(local)) {
					rows.add(element);
				} else if (local.startsWith("table-header-rows") || "table-rows".equals(local)
						|| "table-row-group".equals(local)) {
					collectRows(element, rows);
				}
			}
		}
	}

	private static int repeat(Element element, String attribute) {
		try {
			String value = element.getAttributeNS(TABLE, attribute);
			return value.isEmpty() ? 1 : Math.max(1, Math.min(Integer.parseInt(value), MAX_REPEAT));
		} catch (NumberFormatException e) {
			return 1;
		}
	}

	/** A cell's paragraphs as lines; list items as "- " lines; nested tables' cells as lines. */
	private static String cellText(Element cell) {
		StringBuilder out = new StringBuilder();
		for (Node node = cell.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (!(node instanceof Element element)) {
				continue;
			}
			String local = element.getLocalName();
			if (TEXT.equals(element.getNamespaceURI()) && ("p".equals(local) || "h".equals(local))) {
				out.append(out.length() == 0 ? "" : "\n").append(text(element));
			} else if (TEXT.equals(element.getNamespaceURI()) && "list-item".equals(local)) {
				out.append(out.length() == 0 ? "" : "\n").append("- ").append(cellText(element).replace("\n", " "));
			} else {
				String inner = cellText(element);
				if (!inner.isEmpty()) {
					out.append(out.length() == 0 ? "" : "\n").append(inner);
				}
			}
		}
		return out.toString();
	}

	/** A paragraph's text: {@code text:s} spaces, tabs and line breaks as written; notes left out. */
	private static String text(Element paragraph) {
		StringBuilder out = new StringBuilder();
		appendText(paragraph, out);
		return out.toString();
	}

	private static void appendText(Node parent, StringBuilder out) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
				out.append(node.getNodeValue());
			} else if (node instanceof Element element && TEXT.equals(element.getNamespaceURI())) {
				switch (element.getLocalName()) {
				case "s" -> out.append(" ");
				case "tab" -> out.append(" ");
				case "line-break" -> out.append("\n");
				case "note", "tracked-changes", "bookmark-ref" -> {
				}
				default -> appendText(element, out);
				}
			} else if (node instanceof Element element) {
				appendText(element, out);
			}
		}
	}

	private static Element first(Element parent, String ns, String local) {
		List<Element> found = children(parent, ns, local);
		return found.isEmpty() ? null : found.get(0);
	}

	private static List<Element> children(Element parent, String ns, String local) {
		List<Element> found = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && ns.equals(element.getNamespaceURI()) && local.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	/** A namespace-aware parser that reads no DTD and no external entity. */
	private static DocumentBuilder parser() throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new DefaultHandler() {
				@Override
				public void error(SAXParseException e) throws SAXException {
					throw e;
				}
			});
			return builder;
		} catch (ParserConfigurationException e) {
			throw new IOException("no secure XML parser (" + e.getMessage() + ")");
		}
	}
}
