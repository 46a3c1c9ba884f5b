package org.plans.dsl.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What a source file is, read from its bytes, not its name: the name only breaks ties between
 * text formats the content does not tell apart (a one-column CSV, Markdown without tables).
 */
public enum SourceFormat {
	DOCX, XLSX, ODT, ODS, HTML, PDF, CSV, TSV, MARKDOWN, TEXT;

	/** How much of a text file is looked at. */
	private static final int SAMPLE = 64 * 1024;
	private static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|.*\\|.*$");
	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+\\S.*$");
	private static final Pattern HTML_START = Pattern.compile("(?is)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|table|meta)\\b.*");

	/** The reader for files of this format. */
	public SourceReader reader() {
		return switch (this) {
		case DOCX -> new DocxReader();
		case XLSX -> new XlsxReader();
		case ODT, ODS -> new OdfReader();
		case HTML -> new HtmlReader();
		case PDF -> new PdfReader();
		case CSV -> new DelimitedReader(',');
		case TSV -> new DelimitedReader('\t');
		case MARKDOWN -> new MarkdownReader();
		case TEXT -> new TabbedTextReader();
		};
	}

	/** The format of {@code file}; an empty file, or one that is no document read here, is an IOException saying so. */
	public static SourceFormat of(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SAMPLE);
		}
		if (head.length == 0) {
			throw new IOException("the file is empty");
		}
		if (startsWith(head, "%PDF-")) {
			return PDF;
		}
		if (startsWith(head, "PK\u0003\u0004")) {
			return container(file);
		}
		if (head.length >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
				&& (head[3] & 0xff) == 0xE0) {
			throw new IOException("an old binary Office file (.doc, .xls): save it as .docx or .xlsx and import that");
		}
		if (binary(head)) {
			throw new IOException("not a document the importer reads (binary content; it reads Word, Excel, "
					+ "OpenDocument, PDF, HTML, CSV, Markdown and text)");
		}
		if (!utf8(head, head.length == SAMPLE)) {
			throw new IOException("text that is not UTF-8 (saved in an older encoding such as Windows-1252?): "
					+ "save it as UTF-8 text and import that");
		}
		String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
		if (text.isBlank()) {
			throw new IOException("the file holds no text");
		}
		return text(text, extension(file));
	}

	/** A text format by its content; {@code extension} decides only what the content leaves open. */
	static SourceFormat text(String text, String extension) {
		if (HTML_START.matcher(text).matches()) {
			return HTML;
		}
		List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().filter(l -> !l.isBlank()).toList();
		long pipes = lines.stream().filter(l -> PIPE_ROW.matcher(l).matches()).count();
		long tabs = lines.stream().filter(l -> l.indexOf('\t') >= 0).count();
		if (pipes >= 2 && pipes >= tabs) {
			return MARKDOWN;
		}
		if (tabs >= 2) {
			return quotedAcrossFields(text, '\t') ? TSV : TEXT;
		}
		if (extension.equals("tsv")) {
			return TSV;
		}
		if (extension.equals("md") || extension.equals("markdown")) {
			return MARKDOWN;
		}
		if (extension.equals("csv") || delimited(text, ',')) {
			return CSV;
		}
		if (lines.stream().anyMatch(l -> HEADING.matcher(l).matches())) {
			return MARKDOWN;
		}
		return TEXT;
	}

	/**
	 * Text that reads as a table of {@code delimiter}-separated records: at least two records of
	 * two or more fields, nearly all as wide as the first, whose fields are short (a header).
	 */
	static boolean delimited(String text, char delimiter) {
		List<CSVRecord> records;
		try {
			records = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get()
					.parse(new StringReader(text)).getRecords();
		} catch (IOException | RuntimeException e) {
			return false;
		}
		if (records.size() < 2) {
			return false;
		}
		int width = records.get(0).size();
		if (width < 2 || records.get(0).stream().anyMatch(f -> f.length() > 80)) {
			return false;
		}
		long same = records.stream().filter(r -> r.size() == width).count();
		return same >= 0.8 * records.size();
	}

	/** A spreadsheet's export: some field is quoted and holds a line break or the delimiter. */
	private static boolean quotedAcrossFields(String text, char delimiter) {
		try {
			for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()
					.parse(new StringReader(text))) {
				for (String field : record) {
					if (field.indexOf('\n') >= 0 || field.indexOf(delimiter) >= 0) {
						return true;
					}
				}
			}
		} catch (IOException | RuntimeException e) {
			return false;
		}
		return false;
	}

	private static SourceFormat container(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry mimetype = zip.getEntry("mimetype");
			if (mimetype != null && zip.getEntry("content.xml") != null) {
				String type;
				try (InputStream in = zip.getInputStream(mimetype)) {
					type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
				}
				if (type.equals("application/vnd.oasis.opendocument.text")) {
					return ODT;
				}
				if (type.equals("application/vnd.oasis.opendocument.spreadsheet")) {
					return ODS;
				}
				throw new IOException("an OpenDocument file of type " + type + "; the importer reads .odt and .ods");
			}
			if (zip.getEntry("word/document.xml") != null) {
				return DOCX;
			}
			if (zip.getEntry("xl/workbook.xml") != null) {
				return XLSX;
			}
		} catch (ZipException e) {
			throw new IOException("a damaged file: it starts like a Word, Excel or OpenDocument file (a zip archive) but cannot be opened; open it in Word or Excel and save it again");
		}
		throw new IOException("a zip archive that is not a Word, Excel or OpenDocument file");
	}

	private static boolean startsWith(byte[] bytes, String prefix) {
		if (bytes.length < prefix.length()) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			if (bytes[i] != (byte) prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/** NUL bytes, or many control characters, mean it is not text. */
	private static boolean binary(byte[] head) {
		int control = 0;
		for (byte b : head) {
			if (b == 0) {
				return true;
			}
			if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
				control++;
			}
		}
		return control > head.length / 20;
	}

	/** Whether the bytes are UTF-8; a sample cut short may end inside a character. */
	private static boolean utf8(byte[] bytes, boolean cut) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		return !decoder.decode(ByteBuffer.wrap(bytes), out, !cut).isError();
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1);
	}
}
