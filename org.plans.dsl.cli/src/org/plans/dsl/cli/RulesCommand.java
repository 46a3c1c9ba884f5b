package org.plans.dsl.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.plans.dsl.rules.Rule;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code plans rules}: every rule with its code, name, default severity, summary and where its text is. */
@Command(name = "rules", mixinStandardHelpOptions = true,
		description = "List the rules: code, name, default severity, what each checks and its page in docs/rules.md.")
public class RulesCommand implements Runnable {

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		PrintWriter out = spec.commandLine().getOut();
		for (Rule rule : Rule.values()) {
			out.printf("%-9s %-38s %-7s %s%n          %s%s%n", rule.code(), rule.shortName(),
					rule.defaultLevel().name().toLowerCase(Locale.ROOT), rule.summary(), rule.docsLink(),
					rule.severityChangeable() ? "" : " (severity fixed)");
		}
		out.flush();
	}
}
