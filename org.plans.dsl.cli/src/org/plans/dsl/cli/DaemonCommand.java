package org.plans.dsl.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.plans.dsl.cli.client.DaemonControl;
import org.plans.dsl.cli.client.PlansClient;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
/**
 * {@code plans daemon start|stop|status}: the warm daemon for repeated local runs. The launchers
 * send {@code daemon} to {@link PlansClient} directly; this command is the same for
 * {@code java -jar plans.jar daemon ...} and lists it in the help.
 */
@Command(name = "daemon", mixinStandardHelpOptions = true, description = { "Start, stop or ask about the warm plans daemon for repeated local runs.",
		"With PLANS_DAEMON=on (or --daemon before the command) validate, generate and format run in it; "
				+ "it starts on the first such run and stops after PLANS_DAEMON_IDLE (default 3h) without one.",
		"Never needed: without PLANS_DAEMON=on or --daemon nothing uses it. Not on CI (CI=true) unless --daemon." },
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:done; status: running", "2:could not start or usage error",
				"3:status: not running" })
public class DaemonCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "start|stop|status", arity = "1", description = "What to do.")
	private String action;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		int exit = DaemonControl.of(Invocation.current().environment()).command(List.of(action), out, err);
		out.flush();
		err.flush();
		return exit;
	}
}
