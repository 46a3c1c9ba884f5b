package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Pages of a PDF rendered to PNG with Debian's pdftoppm ({@code .ci/deps/poppler.sh}), for a look in review; the tools run as processes. */
final class PdfPages {

	static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");

	private PdfPages() {
	}

	/** Renders every page of {@code pdf} to {@code <name>-<n>.png} beside it (old ones removed first) and returns them. */
	static List<Path> toPng(Path pdf, String name) throws IOException, InterruptedException {
		assertTrue(Files.isExecutable(PDFTOPPM), "run .ci/deps/poppler.sh (./mvnw verify does) to install pdftoppm");
		String pattern = Pattern.quote(name) + "-\\d+\\.png";
		try (var old = Files.list(pdf.getParent())) {
			for (Path png : old.filter(p -> p.getFileName().toString().matches(pattern)).toList()) {
				Files.delete(png);
			}
		}
		String output = run(List.of(PDFTOPPM.toString(), "-png", "-r", "80", pdf.toString(),
				pdf.resolveSibling(name).toString()), 60);
		try (var pages = Files.list(pdf.getParent())) {
			List<Path> pngs = pages.filter(p -> p.getFileName().toString().matches(pattern)).sorted().toList();
			assertFalse(pngs.isEmpty(), "pdftoppm wrote no page: " + output);
			for (Path png : pngs) {
				assertTrue(Files.size(png) > 10_000, png + " looks empty");
			}
			return pngs;
		}
	}

	/** Runs {@code command}, returns its output; fails the test on a timeout or a non-zero exit. */
	static String run(List<String> command, int seconds) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), command.get(0) + " did not finish");
		assertEquals(0, process.exitValue(), output);
		return output;
	}
}
