package org.plans.dsl.cli;

import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What went wrong reading a document to import or writing the plan, in plain words with the
 * file's name and what to do, instead of the libraries' messages (Apache POI, Commons CSV,
 * {@code MalformedInputException}). Libraries are recognised by their exceptions' names, so
 * that the command line does not depend on their types.
 */
final class ImportProblems {

	private static final Pattern CSV_LINE = Pattern.compile("\\(line (\\d+)\\)|line (\\d+)");

	private ImportProblems() {
	}

	/** The problem reading {@code source} for import. */
	static InputException reading(Path source, Exception failure) {
		String file = Paths.display(source);
		String name = source.getFileName() == null ? "" : source.getFileName().toString().toLowerCase(Locale.ROOT);
		String kind = name.endsWith(".docx") || name.endsWith(".doc") ? "Word" : "Excel";
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String type = cause.getClass().getName();
			if (cause instanceof CharacterCodingException) {
				return new InputException(file + ": not UTF-8 text (it may be Windows-1252, as Excel saves plain CSV):"
						+ " save it as \"CSV UTF-8\" (or UTF-8 text) and import it again");
			}
			if (cause instanceof AccessDeniedException) {
				return new InputException(file + ": cannot read this file (permission denied)");
			}
			if (type.endsWith("EncryptedDocumentException")) {
				return new InputException(file + ": the document is protected by a password: save a copy without one and import that");
			}
			if (type.endsWith("EmptyFileException")) {
				return new InputException(file + ": the file is empty");
			}
			if (type.endsWith("OLE2NotOfficeXmlFileException") || type.endsWith("OldExcelFormatException")
					|| type.endsWith("OfficeXmlFileException") && !type.endsWith("NotOfficeXmlFileException")) {
				return new InputException(file + ": an older or different " + kind + " format than its name says:"
						+ " open it in " + kind + " and save it as " + (kind.equals("Word") ? ".docx" : ".xlsx"));
			}
			if (type.startsWith("org.apache.poi.") || type.equals("java.util.zip.ZipException")) {
				return new InputException(file + ": not a readable " + kind + " document (damaged, or another kind of file with this name):"
						+ " open it in " + kind + " and save it again, or export the table as CSV");
			}
			if (type.startsWith("org.apache.commons.csv.")) {
				return new InputException(file + ": cannot read it as CSV" + line(cause) + ": check the quotes around that cell"
						+ " (a quote inside a quoted cell is written twice)");
			}
		}
		Throwable cause = failure instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : failure;
		String message = cause.getMessage();
		if (message != null && message.contains("invalid char between encapsulated token and delimiter")) {
			return new InputException(file + ": cannot read it as CSV" + line(cause) + ": check the quotes around that cell"
					+ " (a quote inside a quoted cell is written twice)");
		}
		return new InputException(file + ": cannot import it (" + words(cause) + ")");
	}

	/** The problem writing the imported plan to {@code out}. */
	static InputException writing(Path out, Exception failure) {
		return new InputException(Paths.display(out) + ": cannot write the plan (" + words(failure) + "); nothing was written");
	}

	private static String line(Throwable cause) {
		Matcher m = CSV_LINE.matcher(String.valueOf(cause.getMessage()));
		return m.find() ? " (line " + (m.group(1) != null ? m.group(1) : m.group(2)) + ")" : "";
	}

	/** An I/O failure in words: permission, missing folder, full disk; else the message without class names. */
	static String words(Throwable failure) {
		String message = String.valueOf(failure.getMessage());
		if (failure instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (failure instanceof NoSuchFileException) {
			return "its folder does not exist";
		}
		if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
			return "the disk is full";
		}
		if (message.contains("Read-only file system")) {
			return "the file system is read-only";
		}
		if (failure instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason();
		}
		return failure.getMessage() == null ? "no reason given" : message.replaceAll("\\b(?:[a-z]+\\.)+[A-Z]\\w*(Exception|Error): ?", "");
	}
}
