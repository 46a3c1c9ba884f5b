package org.plans.dsl.loading;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The bytes of a plan file as text: UTF-8, a leading byte order mark dropped. Bytes that are
 * not UTF-8 (a file saved as Windows-1252 from Word, UTF-16) or a NUL character (a binary
 * file) are reported with their line and column instead of being read as garbage.
 */
public record PlanText(String text, Optional<Problem> problem) {

	/** Why the bytes are not plan text, and where: line and column count from 1, offset in bytes. */
	public record Problem(String message, int line, int column, int offset) {
	}

	/** The byte order mark, which a file may start with; dropped from {@link #text()}. */
	public static final String BOM = "\uFEFF";

	/** Whether the bytes start with UTF-8's byte order mark (which {@code plans format} keeps). */
	public static boolean startsWithByteOrderMark(byte[] bytes) {
		return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
	}

	public static PlanText of(byte[] bytes) {
		if (utf16(bytes)) {
			return new PlanText("", Optional.of(new Problem(
					"The file is UTF-16 text; plans are read as UTF-8: save it as UTF-8.", 1, 1, 0)));
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		String text = out.flip().toString();
		if (result.isError()) {
			int offset = in.position();
			String message = surrogate(bytes, offset)
					? "A lone surrogate (bytes 0x%02X 0x%02X): half of a character, not UTF-8; retype the character and save the file as UTF-8."
					: "Byte 0x%02X is not UTF-8; the file may be Windows-1252 text, e.g. pasted from Word: save it as UTF-8.";
			return new PlanText(text, Optional.of(at(text, offset, String.format(message, bytes[offset] & 0xFF,
					offset + 1 < bytes.length ? bytes[offset + 1] & 0xFF : 0))));
		}
		if (text.startsWith(BOM)) {
			text = text.substring(1);
		}
		int nul = text.indexOf('\0');
		if (nul >= 0) {
			return new PlanText(text, Optional.of(at(text.substring(0, nul), nul,
					"A NUL character: this looks like a binary file, not a plan.")));
		}
		return new PlanText(text, Optional.empty());
	}

	/**
	 * UTF-16 with a byte order mark, or without one when the first characters are ASCII: a zero
	 * in every second byte (a UTF-8 plan has no NUL at all).
	 */
	private static boolean utf16(byte[] bytes) {
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
				|| (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
			return true;
		}
		int pairs = Math.min(bytes.length / 2, 32);
		if (pairs < 2) {
			return false;
		}
		boolean evenZero = true;
		boolean oddZero = true;
		for (int i = 0; i < pairs; i++) {
			evenZero &= bytes[2 * i] == 0 && bytes[2 * i + 1] != 0;
			oddZero &= bytes[2 * i + 1] == 0 && bytes[2 * i] != 0;
		}
		return evenZero || oddZero;
	}

	/** UTF-8's encoding of a surrogate code point (U+D800 to U+DFFF), which UTF-8 forbids. */
	private static boolean surrogate(byte[] bytes, int offset) {
		return offset + 1 < bytes.length && bytes[offset] == (byte) 0xED && (bytes[offset + 1] & 0xE0) == 0xA0;
	}

	/** A problem after {@code before} (the text read so far). */
	private static Problem at(String before, int offset, String message) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < before.length(); i++) {
			if (before.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Problem(message, line, before.length() - lineStart + 1, offset);
	}
}
