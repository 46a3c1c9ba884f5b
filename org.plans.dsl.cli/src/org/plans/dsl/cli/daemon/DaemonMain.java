package org.plans.dsl.cli.daemon;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plans.dsl.cli.Invocation;
import org.plans.dsl.cli.Logging;
import org.plans.dsl.cli.PlanTemplate;
import org.plans.dsl.cli.PlansCommand;
import org.plans.dsl.cli.client.JarIdentity;

/**
 * The warm {@code plans} daemon: {@code DaemonMain SOCKET IDLE}, started by a client
 * ({@code org.plans.dsl.cli.client}) in the background. It sets the language up once, runs a
 * few validations so that the JIT has compiled the parser, linker and rules, and serves runs
 * on the socket until it stops ({@link DaemonServer}).
 */
public final class DaemonMain {

	private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*([smh]?)");
	/** Validations of the template plan before the first client's run. */
	private static final int WARM_UP_RUNS = 8;

	private DaemonMain() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: DaemonMain SOCKET IDLE (such as 3h, 90m or 600s)");
			System.exit(2);
		}
		StandardStreams.install();
		Logging.toStandardError();
		DaemonServer server = new DaemonServer(Path.of(args[0]), JarIdentity.jar(), idle(args[1]));
		if (!server.bind()) {
			System.err.println("plans daemon: another daemon answers at " + args[0]);
			return;
		}
		System.err.println("plans daemon: pid " + ProcessHandle.current().pid() + " listening at " + args[0]);
		server.serve(DaemonMain::warmUp);
	}

	/** {@code 3h}, {@code 90m}, {@code 600s}, or minutes. */
	static Duration idle(String text) {
		Matcher matcher = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			throw new IllegalArgumentException("PLANS_DAEMON_IDLE=" + text + ": say 3h, 90m or 600s");
		}
		long amount = Long.parseLong(matcher.group(1));
		return switch (matcher.group(2)) {
		case "s" -> Duration.ofSeconds(amount);
		case "h" -> Duration.ofHours(amount);
		default -> Duration.ofMinutes(amount);
		};
	}

	/** Validates the plan {@code plans init} writes, from standard input, as a client would. */
	private static void warmUp() {
		byte[] plan = PlanTemplate.sample().getBytes(StandardCharsets.UTF_8);
		long start = System.nanoTime();
		int exit = 0;
		for (int i = 0; i < WARM_UP_RUNS; i++) {
			StringWriter sink = new StringWriter();
			Invocation invocation = Invocation.of(Path.of(System.getProperty("java.io.tmpdir")), Map.of(), false,
					new ByteArrayInputStream(plan));
			exit = Invocation.as(invocation, () -> PlansCommand.run(new String[] { "validate", "-" }, new PrintWriter(sink),
					new PrintWriter(sink)));
		}
		System.err.println("plans daemon: warmed up in " + (System.nanoTime() - start) / 1_000_000 + " ms (last exit " + exit + ")");
	}
}
