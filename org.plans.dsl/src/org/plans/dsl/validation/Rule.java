package org.plans.dsl.validation;

import java.util.Locale;
import java.util.Optional;

/** One rule: its stable code, a short name, its default severity and what it checks in one line. */
public record Rule(String code, String name, Level defaultLevel, String summary) {

	/** Where docs/rules.md describes the rule, as a path with an anchor: {@code docs/rules.md#plan-105-action-without-lead}. */
	public String docsLink() {
		return "docs/rules.md#" + code.toLowerCase(Locale.ROOT) + "-" + name;
	}

	/** How seriously a finding counts; {@code IGNORE} switches the rule off. */
	public enum Level {
		ERROR, WARNING, INFO, IGNORE;

		/** "error", "warning", "info" or "ignore", in any case; empty for anything else. */
		public static Optional<Level> parse(String text) {
			if (text == null) {
				return Optional.empty();
			}
			try {
				return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
			} catch (IllegalArgumentException e) {
				return Optional.empty();
			}
		}

		public String word() {
			return name().toLowerCase(Locale.ROOT);
		}
	}
}
