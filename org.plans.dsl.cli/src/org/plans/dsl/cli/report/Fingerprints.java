package org.plans.dsl.cli.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A stable identity per finding for CI servers that track findings across runs (GitLab's
 * fingerprint, SARIF's partialFingerprints): a SHA-256 of the file, code, message and how many
 * identical findings came before in that file, not the line, so it survives lines moving above.
 */
final class Fingerprints {

	private Fingerprints() {
	}

	/** One fingerprint per finding, in the order given. */
	static List<String> of(List<Finding> findings) {
		List<String> prints = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Finding f : findings) {
			String key = f.path() + "\n" + f.code() + "\n" + f.message();
			prints.add(sha256(key + "\n" + seen.merge(key, 1, Integer::sum)));
		}
		return prints;
	}

	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
