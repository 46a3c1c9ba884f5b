package org.plans.dsl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

import org.plans.dsl.escaping.Terminal;
import org.plans.dsl.facts.DateSpan;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code plans} command: validate, format and generate plans, or serve editors. */
@Command(name = "plans", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Check improvement plans and turn them into checklists, calendars, reports and tracker configurations.",
		subcommands = { ValidateCommand.class, FormatCommand.class, GenerateCommand.class, DiffCommand.class, ImportCommand.class, InitCommand.class,
				SyncCommand.class, LspCommand.class, ServeCommand.class, DaemonCommand.class, RulesCommand.class, HelpCommand.class, AutoComplete.GenerateCompletion.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:clean", "1:findings at or above --fail-on (validate), unformatted files (format --check)",
				"2:usage, input, output or internal error" })
public class PlansCommand implements Runnable {

	/** Exit code when findings reach {@code --fail-on}, or {@code format --check} finds work. */
	public static final int FINDINGS = 1;
	/** Exit code for usage, input/output and internal errors. */
	public static final int TROUBLE = 2;

	private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

	private static volatile boolean debug;

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of internal errors.")
	void setDebug(boolean value) {
		debug = value;
	}

	static boolean debug() {
		return debug;
	}

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: validate, format, generate, import, sync, lsp, serve or rules");
	}

	public static void main(String[] args) {
		Logging.toStandardError();
		Language.prepare(args);
		// System.out hides its errors (a full disk, a closed pipe): ask it too
		PrintWriter out = new PrintWriter(System.out, true) {
			@Override
			public boolean checkError() {
				return super.checkError() | System.out.checkError();
			}
		};
		System.exit(run(args, out, new PrintWriter(System.err, true)));
	}

	/** Runs {@code plans} with the given arguments and streams; returns the exit code. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine cli = new CommandLine(new PlansCommand()).setOut(out).setErr(err)
				.setCaseInsensitiveEnumValuesAllowed(true)
				.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
					if (e instanceof InputException input) {
						input.problems().forEach(problem -> commandLine.getErr().println("plans: " + Terminal.text(problem)));
					} else {
						commandLine.getErr().println("plans: " + Terminal.text(describe(e)));
					}
					if (debug) {
						e.printStackTrace(commandLine.getErr());
					}
					commandLine.getErr().flush();
					return TROUBLE;
				});
		cli.registerConverter(LocalDate.class, PlansCommand::day);
		Invocation invocation = Invocation.current();
		if (!invocation.isProcess()) {
			// a client's run in the daemon: its relative paths are relative to the client's folder
			cli.registerConverter(Path.class, invocation::path);
		}
		cli.setParameterExceptionHandler(PlansCommand::usageError);
		cli.setExitCodeExceptionMapper(e -> TROUBLE);
		try {
			int exit = cli.execute(args);
			if (out.checkError()) { // flushes
				err.println("plans: cannot write to standard output (is the disk full, or the pipe closed?): the output is incomplete");
				err.flush();
				return TROUBLE;
			}
			return exit;
		} finally {
			debug = false;
		}
	}

	/** A day given on the command line ({@code --as-of}), with a message for a person when it is not one. */
	static LocalDate day(String text) {
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			// a month, as a plan's 'as of 2024-10' is written: its last day
			Optional<LocalDate> month = MONTH.matcher(text).matches() ? DateSpan.lastDayOf(text) : Optional.empty();
			return month.orElseThrow(() -> new CommandLine.TypeConversionException("'" + text
					+ "' is not a day that exists. Write it as YYYY-MM-DD, such as 2025-03-31, or a month as YYYY-MM (its last day)."));
		}
	}

	/** After a usage error: the error and where help is, not the whole help. */
	private static int usageError(CommandLine.ParameterException e, String[] args) {
		CommandLine command = e.getCommandLine();
		PrintWriter err = command.getErr();
		err.println(e.getMessage());
		if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
			err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for how to use it.");
		}
		err.flush();
		return TROUBLE;
	}

	private static String describe(Exception e) {
		String message = e.getMessage();
		return (message == null ? e.getClass().getSimpleName() : message)
				+ (debug ? "" : " (internal error; run with --debug for details)");
	}
}
