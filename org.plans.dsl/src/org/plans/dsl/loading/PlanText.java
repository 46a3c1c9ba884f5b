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

	private static final String BOM = "\uFEFF";

	public static PlanText of(byte[] bytes) {
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
				|| (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
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
			return new PlanText(text, Optional.of(at(text, offset, String.format(
					"Byte 0x%02X is not UTF-8; the file may be Windows-1252 text, e.g. pasted from Word: save it as UTF-8.",
					bytes[offset] & 0xFF))));
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
