package org.plans.dsl.cli.report;

import java.util.Locale;

import org.eclipse.xtext.diagnostics.Severity;

/** How serious a finding is, from most to least; {@code --fail-on} names one of these. */
public enum Level {
	ERROR, WARNING, INFO;

	public static Level of(Severity severity) {
		return switch (severity) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		default -> INFO;
		};
	}

	/** True if this level is {@code threshold} or more serious. */
	public boolean reaches(Level threshold) {
		return ordinal() <= threshold.ordinal();
	}

	@Override
	public String toString() {
		return word();
	}

	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}
}
