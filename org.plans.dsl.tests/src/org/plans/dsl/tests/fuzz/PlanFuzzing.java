package org.plans.dsl.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.rules.Rule;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Injector;

/**
 * What the fuzz tests share: one injector, plan text from the fuzzer's bytes, a time bound per
 * input, and the formatter driven through Xtext's formatting API as editors and the CLI do.
 */
final class PlanFuzzing {

	/**
	 * A hang guard, not a speed target: the processor time one input may take, far above what any
	 * input of the corpus takes. Counted on the worker thread, so that a busy machine (other
	 * builds sharing its cores) does not look like a hang; a worker that waits without using the
	 * processor is stopped after {@link #WAIT_BOUND} of wall time.
	 */
	static final Duration BOUND = Duration.ofSeconds(Long.getLong("plans.fuzz.bound", 20));

	/** Wall time a worker may take whatever it does: a deadlock or a wait that never ends. */
	static final Duration WAIT_BOUND = BOUND.multipliedBy(10);

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static volatile Thread worker;

	/** The file name every fuzzed text is loaded as, so that two loads give comparable models. */
	static final String NAME = "fuzz.plan";

	private static final Injector INJECTOR = injector();

	private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "fuzz-worker");
		thread.setDaemon(true);
		worker = thread;
		return thread;
	});

	private PlanFuzzing() {
	}

	/**
	 * The language's injector with its validator registered: without {@code setupRegistry()}
	 * (which Xtext's InjectionExtension calls) the validator is not registered and no rule runs.
	 */
	static Injector injector() {
		PlansInjectorProvider provider = new PlansInjectorProvider();
		provider.setupRegistry();
		return provider.getInjector();
	}

	/** The fuzzer's bytes as plan text: what a UTF-8 editor would show for them. */
	static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/** Loads {@code text}; a rule that failed (reported as {@link Rule#INTERNAL_ERROR}) fails the input. */
	static PlanLoader.Loaded load(String text) {
		PlanLoader.Loaded loaded = INJECTOR.getInstance(PlanLoader.class).loadTexts(Map.of(NAME, text));
		List<String> failedRules = loaded.issues().stream().filter(i -> Rule.INTERNAL_ERROR.code().equals(i.getCode()))
				.map(Issue::toString).toList();
		if (!failedRules.isEmpty()) {
			throw new AssertionError("a rule failed: " + failedRules);
		}
		return loaded;
	}

	static XtextResource resource(PlanLoader.Loaded loaded) {
		return (XtextResource) loaded.resourceSet().getResources().get(0);
	}

	/** Not parsed at all (not plan text, see PlanText) or parsed with syntax errors. */
	static boolean hasSyntaxErrors(PlanLoader.Loaded loaded) {
		return loaded.resourceSet().getResources().isEmpty() || resource(loaded).getParseResult().hasSyntaxErrors();
	}

	static boolean hasErrors(PlanLoader.Loaded loaded) {
		return loaded.issues().stream().anyMatch(i -> i.getSeverity() == Severity.ERROR);
	}

	static List<String> errors(PlanLoader.Loaded loaded) {
		return loaded.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR).map(Issue::toString).toList();
	}

	/** The text after formatting the whole resource with the bound {@link IFormatter2}. */
	static String format(XtextResource resource) {
		ITextRegionAccess regions = INJECTOR.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = INJECTOR.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(regions);
		request.setAllowIdentityEdits(false);
		return regions.getRewriter().renderToString(INJECTOR.getInstance(IFormatter2.class).format(request));
	}

	/** Every comment in document order, its whitespace collapsed: what formatting must keep. */
	static List<String> comments(XtextResource resource) {
		INode root = resource.getParseResult().getRootNode();
		return java.util.stream.StreamSupport.stream(root.getLeafNodes().spliterator(), false)
				.filter(ILeafNode::isHidden)
				.filter(leaf -> leaf.getText().startsWith("//") || leaf.getText().startsWith("/*"))
				.map(leaf -> leaf.getText().strip().replaceAll("\\s+", " ")).toList();
	}

	/**
	 * Runs {@code work} on the worker thread and fails if it takes more than {@link #BOUND} of
	 * processor time or {@link #WAIT_BOUND} of wall time,
	 * throws, or makes Xtext log an error.
	 */
	static <T> T bounded(Callable<T> work) {
		Future<T> result = WORKER.submit(() -> {
			Object[] value = new Object[1];
			LoggedErrors.failOnLoggedError(() -> {
				try {
					value[0] = work.call();
				} catch (RuntimeException | Error e) {
					throw e;
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			@SuppressWarnings("unchecked")
			T typed = (T) value[0];
			return typed;
		});
		try {
			return awaitWithinBounds(result);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException) {
				throw (RuntimeException) e.getCause();
			}
			if (e.getCause() instanceof Error) {
				throw (Error) e.getCause();
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	private static <T> T awaitWithinBounds(Future<T> result) throws InterruptedException, ExecutionException {
		long cpuAtStart = workerCpuNanos();
		long wallStart = System.nanoTime();
		while (true) {
			try {
				return result.get(250, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				long cpu = workerCpuNanos() - cpuAtStart;
				long wall = System.nanoTime() - wallStart;
				if (cpu > BOUND.toNanos() || wall > WAIT_BOUND.toNanos()) {
					result.cancel(true);
					throw new AssertionError("no result after " + Duration.ofNanos(cpu) + " of processor time and "
							+ Duration.ofNanos(wall) + " of wall time (a hang?)");
				}
			}
		}
	}

	/** The worker's processor time so far, or 0 where the JVM does not measure it (then only the wall bound holds). */
	private static long workerCpuNanos() {
		Thread thread = worker;
		if (thread == null || !THREADS.isThreadCpuTimeSupported()) {
			return 0;
		}
		return Math.max(0, THREADS.getThreadCpuTime(thread.getId()));
	}

	private static final Pattern FRAME = Pattern.compile("^Content-Length: (\\d+)\r\n\r\n");

	/** The bodies of {@code Content-Length: n\r\n\r\n} messages, failing if the bytes are anything else. */
	static List<byte[]> framedBodies(byte[] bytes) {
		List<byte[]> bodies = new ArrayList<>();
		int at = 0;
		while (at < bytes.length) {
			String rest = new String(bytes, at, Math.min(40, bytes.length - at), StandardCharsets.US_ASCII);
			Matcher header = FRAME.matcher(rest);
			assertTrue(header.find(), "not a framed message at byte " + at);
			int length = Integer.parseInt(header.group(1));
			at += header.end();
			assertTrue(at + length <= bytes.length, "a body shorter than its header says");
			bodies.add(Arrays.copyOfRange(bytes, at, at + length));
			at += length;
		}
		return bodies;
	}
}
