package org.plans.dsl.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.plans.dsl.loading.PlanLoader;

/**
 * Glob patterns given as arguments ({@code 'plans/**}{@code /*.plan'}), for shells and CI files
 * that pass them quoted: {@code *} and {@code ?} stay within a folder, {@code **} crosses
 * folders (also none), {@code [ab]} and {@code {a,b}} as usual. Only plan files are taken.
 */
final class PlanGlobs {

	private PlanGlobs() {
	}

	static boolean isPattern(String argument) {
		return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
	}

	/** The folder a pattern's matches are under: its leading parts without glob characters. */
	static Path base(String pattern) {
		String[] parts = pattern.replace('\\', '/').split("/", -1);
		StringBuilder base = new StringBuilder(pattern.startsWith("/") ? "/" : "");
		for (int i = 0; i < parts.length - 1 && !isPattern(parts[i]); i++) {
			if (!parts[i].isEmpty()) {
				base.append(parts[i]).append('/');
			}
		}
		return Path.of(base.length() == 0 ? "." : base.toString());
	}

	/** The plan files under the pattern's base folder that match it, sorted. */
	static List<Path> expand(String pattern) {
		Path base = base(pattern);
		String rest = pattern.replace('\\', '/').substring(Math.min(pattern.length(), prefixLength(pattern, base)));
		List<PathMatcher> matchers = new ArrayList<>();
		for (String variant : variants(rest)) {
			matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
		}
		if (!Files.isDirectory(base)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(base)) {
			return walk.filter(p -> p.toString().endsWith(PlanLoader.EXTENSION) && Files.isRegularFile(p))
					.filter(p -> matchers.stream().anyMatch(m -> m.matches(base.relativize(p))))
					.map(p -> p.toAbsolutePath().normalize()).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static int prefixLength(String pattern, Path base) {
		String normalised = pattern.replace('\\', '/');
		String prefix = base.toString().equals(".") ? "" : base.toString().replace('\\', '/');
		if (prefix.isEmpty()) {
			return normalised.startsWith("./") ? 2 : 0;
		}
		int at = normalised.indexOf(prefix) + prefix.length();
		return normalised.length() > at && normalised.charAt(at) == '/' ? at + 1 : at;
	}

	/** {@code a/**}{@code /b} also as {@code a/b}: Java's globs need a folder where {@code **}{@code /} stands. */
	static List<String> variants(String pattern) {
		List<String> variants = new ArrayList<>(List.of(pattern));
		for (int i = 0; i < variants.size(); i++) {
			String variant = variants.get(i);
			int at = variant.indexOf("**/");
			while (at >= 0) {
				String shorter = variant.substring(0, at) + variant.substring(at + 3);
				if (!variants.contains(shorter)) {
					variants.add(shorter);
				}
				at = variant.indexOf("**/", at + 1);
			}
		}
		return variants;
	}
}
