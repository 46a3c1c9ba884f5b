package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/**
 * Opens the HTML page and the board report in headless Chromium (installed by
 * {@code .ci/deps/chromium.sh} before the tests): they render without console errors, the
 * browser's DOM holds the content, they print on A4 pages, and a screenshot and the PDF are
 * saved under {@code target/screenshots/} for a person to look at.
 */
@Tag("e2e")
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class ChromiumTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Pattern CONSOLE_ERROR = Pattern.compile("Uncaught|CONSOLE\\(\\d+\\)|Refused to|ERR_FILE_NOT_FOUND|ERR_BLOCKED");

	private static final Pattern MEDIA_BOX = Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]");

	@Inject
	private PlanLoader loader;

	@ParameterizedTest(name = "{0} {2} in Chromium")
	@CsvSource({ "html, examples/constructs/all-constructs.plan, demo.html, Demo Council Improvement Plan",
			"report, examples/constructs/all-constructs.plan, demo-report.html, Progress report: Demo Council Improvement Plan",
			"html, org.plans.dsl.tests/resources/hostile/hostile.plan, hostile.html, <script>alert('title')</script> \"><img src=x onerror=alert(1)>",
			"report, org.plans.dsl.tests/resources/hostile/hostile.plan, hostile-report.html, Progress report: <script>alert('title')</script> \"><img src=x onerror=alert(1)>" })
	void rendersWithoutErrors(String target, String plan, String page, String heading, @TempDir Path profile)
			throws IOException, InterruptedException {
		assertTrue(Files.isExecutable(CHROMIUM), "run .ci/deps/chromium.sh (./mvnw verify does) to install Chromium");
		Path out = Path.of("target/chromium").resolve(target).toAbsolutePath();
		Generated.run(Generated.target(target), Generated.context(loader, plan, Map.of()), out);
		Path html = out.resolve(page);
		Path screenshot = Path.of("target/screenshots").toAbsolutePath().resolve(page.replace(".html", ".png"));
		Files.createDirectories(screenshot.getParent());
		Files.deleteIfExists(screenshot);

		Result shot = chromium(profile.resolve("shot"), "--screenshot=" + screenshot, "--window-size=1200,1600",
				html.toUri().toString());
		assertEquals(0, shot.exit(), shot.output());
		assertTrue(Files.size(screenshot) > 20_000, "screenshot looks empty: " + Files.size(screenshot) + " bytes");
		assertFalse(CONSOLE_ERROR.matcher(shot.output()).find(), shot.output());

		Result dom = chromium(profile.resolve("dom"), "--dump-dom", html.toUri().toString());
		assertEquals(0, dom.exit(), dom.output());
		assertFalse(CONSOLE_ERROR.matcher(dom.output()).find(), dom.output());
		Document rendered = Jsoup.parse(dom.stdout());
		assertEquals(heading, rendered.selectFirst("h1").text());
		assertTrue(rendered.select("script, img, iframe").isEmpty());
		assertFalse(rendered.select("table").isEmpty());

		Path pdf = screenshot.resolveSibling(page.replace(".html", ".pdf"));
		Files.deleteIfExists(pdf);
		Result print = chromium(profile.resolve("print"), "--no-pdf-header-footer", "--print-to-pdf=" + pdf,
				html.toUri().toString());
		assertEquals(0, print.exit(), print.output());
		List<String> pages = MEDIA_BOX.matcher(Files.readString(pdf, StandardCharsets.ISO_8859_1)).results()
				.map(m -> m.group(1) + " x " + m.group(2)).toList();
		assertFalse(pages.isEmpty(), "no pages in " + pdf);
		for (String size : pages) {
			String[] wh = size.split(" x ");
			assertEquals(595.3, Double.parseDouble(wh[0]), 2, "A4 width in points: " + size);
			assertEquals(841.9, Double.parseDouble(wh[1]), 2, "A4 height in points: " + size);
		}
	}

	private record Result(int exit, String stdout, String output) {
	}

	private static Result chromium(Path profile, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile));
		command.addAll(List.of(args));
		Path stdout = Files.createTempFile("chromium", ".out");
		Path stderr = Files.createTempFile("chromium", ".err");
		try {
			Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
					.start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
				throw new AssertionError("Chromium did not finish in 120 s: " + String.join(" ", command));
			}
			String out = Files.readString(stdout, StandardCharsets.UTF_8);
			String err = Files.readString(stderr, StandardCharsets.UTF_8);
			return new Result(process.exitValue(), out, err);
		} finally {
			Files.deleteIfExists(stdout);
			Files.deleteIfExists(stderr);
		}
	}
}
