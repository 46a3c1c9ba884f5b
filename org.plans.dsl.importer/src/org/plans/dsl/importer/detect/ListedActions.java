package org.plans.dsl.importer.detect;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Actions written as numbered text, not in a table: "1.1 Screen every contact within a day.
 * Lead: Hana Ito, Head of Service. Deadline: March 2025." Labelled fields ("Lead:", "Owner:",
 * "Deadline:", "By when:", "Start:", "Progress:", "RAG:") may follow on the same lines or on lines
 * of their own.
 */
public final class ListedActions {

	/** A numbered paragraph: its reference and the cells its text and labels give. */
	public record Listed(String ref, Map<ColumnRole, String> cells) {

		/** True if the paragraph says who leads it or by when: an action, not a numbered sentence. */
		public boolean isAction() {
			return cells.containsKey(ColumnRole.LEAD) || cells.containsKey(ColumnRole.DEADLINE);
		}
	}

	private static final Pattern NUMBERED = Pattern.compile(
			"^(\\d{1,2}(?:\\.\\d{1,2})+[a-z]?|\\d{1,2}[a-z]?|[A-Z]{1,3}\\d{1,2}(?:\\.\\d{1,2})*[a-z]?)[.):]?\\s+(\\S.*)$",
			Pattern.DOTALL);
	private static final Pattern LABEL = Pattern.compile("(?i)\\b(lead officers?|leads?|owners?|responsible officer|"
			+ "responsible|by whom|accountable|deadline|by when|due date|due|timescales?|target date|completion date|"
			+ "start date|start|progress|update|rag|rag status|status|how will we know|success measures?|success criteria)"
			+ "\\s*:\\s*");

	private ListedActions() {
	}

	/** The numbered paragraph's reference and fields; empty when it does not start with a reference. */
	public static Optional<Listed> read(String text) {
		Matcher m = NUMBERED.matcher(text.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		Map<ColumnRole, String> cells = fields(m.group(2));
		return cells.containsKey(ColumnRole.ACTION) ? Optional.of(new Listed(m.group(1), cells)) : Optional.empty();
	}

	/**
	 * True if {@code next} goes on with a numbered action's {@code text}: it gives a labelled
	 * field ("Lead: Hana Ito", "Service. Deadline: March 2025"), or the text ended on a label
	 * whose words it holds ("By when:" over "September 2025").
	 */
	public static boolean continues(String text, String next) {
		if (next == null || next.isBlank() || NUMBERED.matcher(next.strip()).matches() && read(next).isPresent()) {
			return false;
		}
		Map<ColumnRole, String> fields = fields(next);
		return fields.size() > (fields.containsKey(ColumnRole.ACTION) ? 1 : 0) || endsOnLabel(text);
	}

	private static boolean endsOnLabel(String text) {
		Matcher m = LABEL.matcher(text);
		int end = -1;
		while (m.find()) {
			end = startsField(text, m.start()) ? m.end() : end;
		}
		return end == text.length();
	}

	/** True if the reference is dotted or lettered ("1.1", "A2"), as a list of actions numbers them. */
	public static boolean isActionRef(String ref) {
		return !ref.matches("\\d{1,2}");
	}

	/**
	 * The fields of text with labels: the words before the first label are the action, each label's
	 * words its cell. A label counts only at the start, or after a full stop, semicolon, bracket,
	 * line end or dash.
	 */
	public static Map<ColumnRole, String> fields(String text) {
		Map<ColumnRole, String> cells = new EnumMap<>(ColumnRole.class);
		Matcher m = LABEL.matcher(text);
		int valueStart = 0;
		ColumnRole role = ColumnRole.ACTION;
		while (m.find()) {
			if (!startsField(text, m.start())) {
				continue;
			}
			put(cells, role, text.substring(valueStart, m.start()));
			role = role(m.group(1));
			valueStart = m.end();
		}
		put(cells, role, text.substring(valueStart));
		return cells;
	}

	private static ColumnRole role(String label) {
		String name = ColumnRole.normalise(label);
		if (name.matches("lead.*|owner.*|responsible.*|by whom|accountable")) {
			return ColumnRole.LEAD;
		}
		if (name.startsWith("start")) {
			return ColumnRole.START;
		}
		if (name.matches("progress|update")) {
			return ColumnRole.PROGRESS;
		}
		if (name.startsWith("rag")) {
			return ColumnRole.RAG;
		}
		if (name.equals("status")) {
			return ColumnRole.STATUS;
		}
		return name.matches("how will we know|success.*") ? ColumnRole.SUCCESS : ColumnRole.DEADLINE;
	}

	/** A label starts a field at the start, after a stop, semicolon, bracket, line end or dash, or written with a capital. */
	private static boolean startsField(String text, int at) {
		String before = text.substring(0, at).stripTrailing();
		return before.isEmpty() || before.matches("(?s).*(?:[.;(\\n]|\\s[-–—])$") || Character.isUpperCase(text.charAt(at));
	}

	private static void put(Map<ColumnRole, String> cells, ColumnRole role, String value) {
		String text = value.strip().replaceAll("^[(\\-–—]+\\s*|[\\s.;,(\\-–—]+$", "").strip();
		if (role != null && !text.isEmpty()) {
			cells.merge(role == ColumnRole.STATUS && RagValue.read(text, true).isPresent() ? ColumnRole.RAG : role, text,
					(a, b) -> a + "\n" + b);
		}
	}
}
