package org.plans.dsl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code plans} command: validate, format and generate plans, or serve editors. */
@Command(name = "plans", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Check improvement plans and turn them into checklists, calendars, reports and tracker configurations.",
		subcommands = { LspCommand.class, CommandLine.HelpCommand.class })
public class PlansCommand {

	public static void main(String[] args) {
		System.exit(new CommandLine(new PlansCommand()).execute(args));
	}
}
