package org.plans.dsl.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Parameters;

/** {@code plans help [COMMAND [SUBCOMMAND]]}: the help of a command, nested ones too ({@code plans help sync redmine}). */
@Command(name = "help", helpCommand = true, description = "Show the help of a command, such as: plans help sync redmine.")
public class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

	@Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, and its subcommand, to show the help of.")
	private List<String> commands = List.of();

	private CommandLine self;
	private Help.ColorScheme colors;
	private PrintWriter out;

	@Override
	public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter outWriter, PrintWriter errWriter) {
		self = helpCommandLine;
		colors = colorScheme;
		out = outWriter;
	}

	@Override
	public void run() {
		CommandLine command = self.getParent();
		for (String name : commands) {
			command = command.getSubcommands().get(name);
			if (command == null) {
				throw new CommandLine.ParameterException(self, "Unknown command: '" + String.join(" ", commands) + "'");
			}
		}
		command.usage(out, colors);
	}
}
