package org.plans.dsl.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.PlanTarget;
import org.plans.dsl.generator.PlanTargets;
import org.plans.dsl.ide.server.MessageFraming;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.generator.WellFormed;
import org.plans.dsl.tests.support.GeneratedFiles;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of everything that reads plan text. Without {@code JAZZER_FUZZ} these
 * run as regression tests on the seeds (every example plan, copied by the build next to this
 * class as {@code PlanFuzzTestInputs/}) and on the inputs that once failed
 * ({@code resources/org/plans/dsl/tests/fuzz/PlanFuzzTestInputs/<test>/}). See docs/robustness.md.
 */
class PlanFuzzTest {

	private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

	/** Parse, link and validate any bytes: no exception, nothing logged, within the bound. */
	@FuzzTest(maxDuration = "30s")
	void load(byte[] input) {
		String text = PlanFuzzing.text(input);
		PlanFuzzing.bounded(() -> PlanFuzzing.load(text));
	}

	/** Formatting is idempotent, keeps the model and every comment. */
	@FuzzTest(maxDuration = "30s")
	void format(byte[] input) {
		String text = PlanFuzzing.text(input);
		PlanFuzzing.bounded(() -> {
			PlanLoader.Loaded original = PlanFuzzing.load(text);
			if (PlanFuzzing.hasSyntaxErrors(original)) {
				return null;
			}
			XtextResource before = PlanFuzzing.resource(original);
			String once = PlanFuzzing.format(before);
			XtextResource after = PlanFuzzing.resource(PlanFuzzing.load(once));
			assertFalse(after.getParseResult().hasSyntaxErrors(), () -> "formatted text does not parse:\n" + once);
			assertEquals(once, PlanFuzzing.format(after), "formatting twice changes the text");
			assertTrue(EcoreUtil.equals(root(before), root(after)), () -> "formatting changed the model:\n" + once);
			assertEquals(PlanFuzzing.comments(before), PlanFuzzing.comments(after), "comments lost or changed");
			return null;
		});
	}

	/** Every target on every plan without errors: no exception, every file well formed and inside the output. */
	@FuzzTest(maxDuration = "30s")
	void generate(byte[] input) {
		String text = PlanFuzzing.text(input);
		PlanFuzzing.bounded(() -> {
			PlanLoader.Loaded loaded = PlanFuzzing.load(text);
			if (PlanFuzzing.hasErrors(loaded)) {
				return null;
			}
			GenerationContext context = new GenerationContext(PlanFacts.of(loaded.resourceSet()), Optional.of(AS_OF),
					Map.of());
			for (PlanTarget target : PlanTargets.all()) {
				for (Map.Entry<String, String> file : GeneratedFiles.of(target, context).entrySet()) {
					WellFormed.file(file.getKey(), file.getValue());
				}
			}
			return null;
		});
	}

	/**
	 * The language server's input framing on any bytes, then a valid message: it returns, emits
	 * only well-framed messages, and when the bytes carry no {@code Content-Length} header the
	 * valid message after them still comes through (a wrong length cannot wedge the server).
	 */
	@FuzzTest(maxDuration = "30s")
	void framing(byte[] input) throws IOException {
		byte[] valid = "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}".getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream stream = new ByteArrayOutputStream();
		stream.write(input);
		stream.write(("Content-Length: " + valid.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		stream.write(valid);
		byte[] out;
		try (MessageFraming framing = new MessageFraming(new ByteArrayInputStream(stream.toByteArray()),
				new PrintStream(OutputStream.nullOutputStream()))) {
			out = framing.readAllBytes();
		}
		List<byte[]> bodies = PlanFuzzing.framedBodies(out);
		boolean headerInInput = new String(input, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT)
				.contains("content-length");
		if (!headerInInput && input.length < MessageFraming.MAX_NOISE) {
			assertFalse(bodies.isEmpty(), "the valid message is lost");
			assertEquals(new String(valid, StandardCharsets.UTF_8), new String(bodies.get(bodies.size() - 1), StandardCharsets.UTF_8));
		}
	}

	private static EObject root(XtextResource resource) {
		List<EObject> contents = resource.getContents();
		return contents.isEmpty() ? null : contents.get(0);
	}
}
