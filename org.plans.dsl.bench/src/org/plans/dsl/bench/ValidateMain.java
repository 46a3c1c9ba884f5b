package org.plans.dsl.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.plans.dsl.PlansStandaloneSetup;
import org.plans.dsl.loading.PlanLoader;

/**
 * What {@code plans validate FILE...} does, for the benchmark to time until the command
 * line has it: load, link and validate, print every issue, exit 1 on errors.
 */
public final class ValidateMain {

	private ValidateMain() {
	}

	public static void main(String[] args) {
		PlanLoader loader = new PlansStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(PlanLoader.class);
		PlanLoader.Loaded loaded = loader.load(Arrays.stream(args).map(Path::of).toList());
		for (Issue issue : loaded.issues()) {
			System.out.println(issue.getUriToProblem().trimFragment().toFileString() + ":" + issue.getLineNumber() + ":"
					+ issue.getColumn() + ": " + issue.getSeverity().name().toLowerCase(Locale.ROOT) + ": " + issue.getMessage()
					+ (issue.getCode() == null ? "" : " [" + issue.getCode() + "]"));
		}
		long errors = loaded.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR).count();
		System.out.println(loaded.files().size() + " file(s), " + errors + " error(s), "
				+ (loaded.issues().size() - errors) + " other issue(s)");
		System.exit(errors > 0 ? 1 : 0);
	}
}
