package org.plans.dsl.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** The token a non-local {@code plans serve} asks for: made up at start, or read from a file. */
public final class AccessToken {

	/** Letters, digits and {@code -._~}, at least 16: safe in a cookie, a header and an address. */
	private static final Pattern USABLE = Pattern.compile("[A-Za-z0-9._~-]{16,256}");

	private AccessToken() {
	}

	/** 32 random bytes, base64url: 43 characters. */
	public static String random() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The file's first line, stripped; refused if it is not a usable token. */
	public static String fromFile(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		String token = text.lines().findFirst().orElse("").strip();
		if (!USABLE.matcher(token).matches()) {
			throw new IOException(file + ": the token must be one line of at least 16 letters, digits or -._~");
		}
		return token;
	}
}
