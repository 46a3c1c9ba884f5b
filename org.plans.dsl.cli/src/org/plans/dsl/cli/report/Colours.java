package org.plans.dsl.cli.report;

import java.util.Map;

/**
 * Colour in the text report on a terminal: errors red, warnings yellow, infos cyan, file
 * positions bold. {@code --color auto} (the default) colours only a terminal and honours
 * {@code NO_COLOR} and {@code TERM=dumb}; {@code always} and {@code never} win over both.
 * Plan text is made safe for the terminal before colour is added, never after.
 */
public final class Colours {

	/** {@code --color}. */
	public enum Mode {
		AUTO, ALWAYS, NEVER;

		@Override
		public String toString() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public static final Colours NONE = new Colours(false);

	private static final String RESET = "\u001b[0m";

	private final boolean on;

	private Colours(boolean on) {
		this.on = on;
	}

	/** Whether to colour output that goes to a terminal ({@code toTerminal}) or elsewhere, given the environment. */
	public static Colours of(Mode mode, boolean toTerminal, Map<String, String> environment) {
		return switch (mode) {
		case ALWAYS -> new Colours(true);
		case NEVER -> NONE;
		case AUTO -> new Colours(toTerminal && environment.getOrDefault("NO_COLOR", "").isEmpty()
				&& !"dumb".equals(environment.get("TERM")));
		};
	}

	public boolean on() {
		return on;
	}

	public String level(Level level) {
		return paint(switch (level) {
		case ERROR -> "1;31";
		case WARNING -> "33";
		case INFO -> "36";
		}, level.word());
	}

	public String position(String text) {
		return paint("1", text);
	}

	private String paint(String style, String text) {
		return on ? "\u001b[" + style + "m" + text + RESET : text;
	}
}
