package org.plans.dsl.cli.client;

import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code plans} command through a warm daemon: the launchers start this class instead of
 * the command line when {@code PLANS_DAEMON=on}, the first argument is {@code --daemon}, or the
 * command is {@code daemon}. It loads no more than the JDK's socket classes, so it starts in a
 * tenth of the time the language takes to set up. Commands the daemon does not run, and every
 * run when no daemon can be had, run in this process as {@code plans} always does.
 */
public final class PlansClient {

	/** The command line's main class, loaded only to run in this process. */
	private static final String IN_PROCESS = "org.plans.dsl.cli.PlansCommand";

	private PlansClient() {
	}

	public static void main(String[] arguments) throws Exception {
		List<String> args = new ArrayList<>(Arrays.asList(arguments));
		boolean asked = !args.isEmpty() && args.get(0).equals("--daemon");
		if (asked) {
			args.remove(0);
		}
		Map<String, String> environment = System.getenv();
		if (!args.isEmpty() && args.get(0).equals("daemon")) {
			PrintWriter out = new PrintWriter(System.out, true);
			PrintWriter err = new PrintWriter(System.err, true);
			int exit = DaemonControl.of(environment).command(args.subList(1, args.size()), out, err);
			out.flush();
			err.flush();
			System.exit(exit);
		}
		byte[] input = null;
		if (wanted(asked, environment) && DaemonRequest.served(args)) {
			input = args.contains("-") ? System.in.readAllBytes() : null;
			Optional<Integer> exit = throughDaemon(args, environment, input);
			if (exit.isPresent()) {
				System.exit(exit.get());
			}
		}
		inProcess(args, input);
	}

	/** On request only, and never on CI (where each run starts clean) unless {@code --daemon} says so. */
	static boolean wanted(boolean asked, Map<String, String> environment) {
		return asked || "on".equals(environment.get("PLANS_DAEMON")) && !"true".equals(environment.get("CI"));
	}

	private static Optional<Integer> throughDaemon(List<String> args, Map<String, String> environment, byte[] input) {
		try {
			DaemonControl control = DaemonControl.of(environment);
			DaemonRequest request = new DaemonRequest(DaemonRequest.Kind.RUN, JarIdentity.of(JarIdentity.jar()),
					Path.of("").toAbsolutePath().toString(), args, DaemonRequest.passed(environment), System.console() != null,
					input);
			OutputStream out = new FileOutputStream(FileDescriptor.out);
			OutputStream err = new FileOutputStream(FileDescriptor.err);
			return control.run(request, out, err);
		} catch (RuntimeException e) {
			return Optional.empty();
		}
	}

	/** {@code plans} in this process; standard input as read for the daemon, if it was. */
	private static void inProcess(List<String> args, byte[] input) throws IOException, ReflectiveOperationException {
		if (input != null) {
			System.setIn(new ByteArrayInputStream(input));
		}
		try {
			Class.forName(IN_PROCESS).getMethod("main", String[].class).invoke(null, (Object) args.toArray(String[]::new));
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof Exception cause) {
				throw cause instanceof IOException io ? io : new IOException(cause);
			}
			throw e;
		}
	}
}
