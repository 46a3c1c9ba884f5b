package org.plans.dsl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code plans sync TRACKER}: keeps an issue tracker in step with a plan. */
@Command(name = "sync", mixinStandardHelpOptions = true, subcommands = RedmineSyncCommand.class,
		description = "Keep an issue tracker in step with a plan (see docs/trackers.md).")
public class SyncCommand implements Runnable {

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "Missing tracker: redmine");
	}
}
