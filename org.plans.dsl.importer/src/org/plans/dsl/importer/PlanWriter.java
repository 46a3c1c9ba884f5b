package org.plans.dsl.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plans.dsl.importer.detect.ColumnRole;
import org.plans.dsl.importer.detect.DateReader;
import org.plans.dsl.importer.detect.Lead;
import org.plans.dsl.importer.detect.LeadAliases;
import org.plans.dsl.importer.detect.LeadReader;
import org.plans.dsl.importer.detect.ProgressEntries;
import org.plans.dsl.importer.detect.Quote;
import org.plans.dsl.importer.detect.RagValue;
import org.plans.dsl.importer.write.Node;

/** Writes what the importer recognised as plan text, and counts what it wrote. */
final class PlanWriter {

	private static final Pattern REF = Pattern.compile("[0-9]+(\\.[0-9]+)*[a-z]?|[A-Za-z][A-Za-z0-9]*");
	private static final Pattern MONEY = Pattern.compile("^£\\s?([0-9]+(?:\\.[0-9]+)?)\\b\\s*(.*)$", Pattern.DOTALL);
	private static final Pattern BOARD = Pattern.compile("^(.*?)\\s*\\((.*)\\)\\s*$");

	private final ImportedPlan plan;
	private final Quote quote;
	private final DateReader dates;
	private final String planId;
	private final String progressDate;
	private int objectives;
	private int actions;
	private int datesRead;
	private int datesAsText;
	private int notes;
	private final Set<String> refs = new HashSet<>();
	private final MeasureWriter measureWriter;
	/** Columns of another name whose values are all ratings ("R", "A", "G"). */
	private Set<String> ratingColumns = Set.of();

	PlanWriter(ImportedPlan plan, Quote quote, String planId, String progressDate) {
		this.plan = plan;
		this.quote = quote;
		this.dates = new DateReader(quote);
		this.planId = planId;
		this.progressDate = progressDate;
		this.measureWriter = new MeasureWriter(quote, progressDate);
	}

	String write(String sourceName) {
		plan.aliases = new LeadAliases(plan.allLeads());
		ratingColumns = RatingColumns.of(plan);
		List<Node> sections = new ArrayList<>();
		for (ImportedSection priority : plan.priorities) {
			sections.add(section(priority));
		}
		StringBuilder out = new StringBuilder();
		out.append("// Imported from ").append(sourceName.replaceAll("[\\r\\n]", " "))
				.append(" by plans import: check each line against the source.\n");
		header().write(out, 0);
		out.append('\n');
		declarations(out);
		for (Node section : sections) {
			section.write(out, 0);
			out.append('\n');
		}
		return out.toString().stripTrailing() + "\n";
	}

	ImportSummary summary() {
		int[] kinds = new int[Lead.Kind.values().length];
		plan.leads.values().forEach(lead -> kinds[lead.kind().ordinal()]++);
		return new ImportSummary(plan.priorities.size(), objectives, actions, kinds[0], kinds[1], kinds[2], kinds[3],
				datesRead, datesAsText, notes, plan.tables, ImportSummary.count(plan.rows));
	}

	private Node header() {
		Node header = new Node("plan " + planId + " " + quote.text(plan.hasTitle() ? plan.title() : planId));
		if (plan.organisation != null) {
			header.line("organisation " + quote.text(plan.organisation));
		}
		if (plan.version != null) {
			header.line("version " + quote.text(plan.version));
		}
		if (plan.issued != null) {
			header.line("issued " + plan.issued);
		}
		if (plan.coversFrom != null) {
			header.line("covers " + plan.coversFrom + " to " + plan.coversTo);
		}
		if (progressDate != null) {
			header.line("as of " + progressDate);
		}
		if (!plan.introduction.isEmpty()) {
			header.line("introduction " + quote.text(String.join("\n", plan.introduction)));
		}
		plan.welsh.forEach(welsh -> header.line("note " + quote.text(welsh)));
		for (String note : plan.notes) {
			header.line("note " + quote.text(note));
			notes++;
		}
		for (Owners.Owner owner : plan.owners) {
			if (!Owners.isPlaced(plan, owner)) {
				header.line("note " + quote.text(String.join(" | ", owner.block(), owner.sponsor(), owner.lead()).strip()));
				notes++;
			}
		}
		return header;
	}

	private void declarations(StringBuilder out) {
		for (Map.Entry<String, String> r : plan.recommendations.entrySet()) {
			out.append("recommendation ").append(r.getKey()).append(' ').append(quote.text(r.getValue())).append('\n');
		}
		for (Map.Entry<String, String> f : plan.findings.entrySet()) {
			out.append("finding ").append(f.getKey()).append(' ').append(quote.text(f.getValue())).append('\n');
		}
		for (String board : plan.boards) {
			out.append(board(board)).append('\n');
		}
		if (!plan.recommendations.isEmpty() || !plan.boards.isEmpty() || !plan.findings.isEmpty()) {
			out.append('\n');
		}
		int at = out.length();
		// Sections are written first so every lead is known; declarations go before them.
		StringBuilder people = new StringBuilder();
		for (Map.Entry<String, Lead> entry : plan.leads.entrySet()) {
			Lead lead = entry.getValue();
			String id = plan.leadIds.get(entry.getKey());
			people.append(lead.kind().keyword()).append(' ').append(id).append(' ').append(quote.text(lead.name()));
			if (!lead.roles().isEmpty()) {
				people.append(" as ").append(String.join(", ", plan.roleIds(lead)));
			}
			if (plan.organisationId(lead) != null) {
				people.append(" of ").append(plan.organisationId(lead));
			}
			people.append('\n');
		}
		if (people.length() > 0) {
			out.insert(at, people.append('\n'));
		}
		for (ImportedMeasure measure : plan.measures) {
			measureWriter.declaration(measure).write(out, 0);
		}
		if (!plan.measures.isEmpty()) {
			out.append('\n');
		}
	}

	private String board(String text) {
		Matcher m = BOARD.matcher(text);
		String name = m.matches() ? m.group(1) : text;
		String id = plan.ids.forName(name, false);
		StringBuilder line = new StringBuilder("board ").append(id).append(' ').append(quote.text(name));
		if (m.matches()) {
			String inside = m.group(2);
			String cadence = dates.read(inside);
			Matcher streams = Pattern.compile("(?i)work ?streams?\\s+([0-9]+(?:\\s*(?:&|and|,)\\s*[0-9]+)*)").matcher(inside);
			if (cadence != null && !cadence.startsWith("\"") && !cadence.contains(" and ")
					&& !Character.isDigit(cadence.charAt(0))) {
				line.append(" meets ").append(cadence);
			} else if (inside.matches("(?i).*\\b([0-9]+)[ -]monthly.*")) {
				line.append(" meets every ").append(inside.replaceAll("(?i).*\\b([0-9]+)[ -]monthly.*", "$1")).append(" months");
			}
			if (streams.find()) {
				line.append(" oversees ").append(String.join(", ", streams.group(1).split("\\s*(?:&|and|,)\\s*")));
			}
			line.append(" { note ").append(quote.text("(" + inside + ")")).append(" }");
		}
		return line.toString();
	}

	private Node section(ImportedSection section) {
		Node node = new Node(section.kind + " " + section.number + " " + quote.text(section.title));
		section.welsh.forEach(welsh -> node.line("note " + quote.text(welsh)));
		if (!section.addresses.isEmpty()) {
			node.line("addresses " + String.join(", ", section.addresses));
		}
		Owners.of(plan, section).ifPresent(owner -> {
			List<String> sponsors = LeadReader.read(owner.sponsor()).stream().map(plan::idOf).distinct().toList();
			if (!sponsors.isEmpty()) {
				node.line("sponsor " + String.join(", ", sponsors));
			}
			leads(node, owner.lead());
		});
		for (ImportedMeasure measure : section.measures) {
			String target = measureWriter.target(measure);
			if (target != null) {
				node.line(target);
			}
		}
		items(node, section);
		return node;
	}

	private void items(Node node, ImportedSection section) {
		for (Object item : section.items) {
			if (item instanceof ImportedSection objective) {
				objectives++;
				Node child = node.child("objective " + quote.text(objective.title));
				objective.welsh.forEach(welsh -> child.line("note " + quote.text(welsh)));
				for (ImportedMeasure measure : objective.measures) {
					String target = measureWriter.target(measure);
					if (target != null) {
						child.line(target);
					}
				}
				items(child, objective);
			} else if (item instanceof ImportedAction action) {
				action(node, action);
			} else {
				node.line("note " + quote.text((String) item));
				notes++;
			}
		}
	}

	private void action(Node parent, ImportedAction action) {
		actions++;
		String ref = action.get(ColumnRole.REF).strip();
		String text = action.get(ColumnRole.ACTION);
		String[] lines = text.split("\n", 2);
		String title = lines[0].replaceFirst("^- ", "");
		boolean usableRef = REF.matcher(ref).matches() && !plan.ids.isKeyword(ref) && refs.add(ref);
		Node node = parent.child("action " + (usableRef ? ref + " " : "") + quote.text(title.isEmpty() ? "(no text)" : title));
		action.written = usableRef ? "action " + ref : "action " + quote.text(title.length() > 40 ? title.substring(0, 40) + "…" : title);
		if (!ref.isEmpty() && !usableRef) {
			node.line("note " + quote.text("Ref: " + ref));
		}
		if (lines.length > 1) {
			node.line("description " + quote.text(lines[1]));
		}
		leads(node, action.get(ColumnRole.LEAD));
		if (!action.addresses.isEmpty()) {
			node.line("addresses " + String.join(", ", action.addresses));
		}
		timing(node, "start", action.get(ColumnRole.START));
		timing(node, "due", action.get(ColumnRole.DEADLINE));
		text(node, "outcome", action.get(ColumnRole.OUTCOME), false);
		text(node, "indicator", action.get(ColumnRole.INDICATOR), true);
		text(node, "success", action.get(ColumnRole.SUCCESS), true);
		// "Baseline: 27% (Nov 2022). Target for Sept 2024: 20%": a measure, and the action's target
		for (ImportedMeasure measure : action.measures) {
			String target = measureWriter.target(measure);
			if (target != null) {
				node.line(target);
			}
		}
		for (ColumnRole role : new ColumnRole[] { ColumnRole.INDICATOR, ColumnRole.SUCCESS }) {
			ImportedMeasure measure = MeasureText.read(action.get(role), plan, title);
			String target = measure == null ? null : measureWriter.target(measure);
			if (target != null) {
				node.line(target);
			}
		}
		// A RAG is read by its value too: "Amber" in a Status column, "G" in a "Rating" one.
		String rag = action.get(ColumnRole.RAG);
		String status = action.get(ColumnRole.STATUS);
		Map<String, String> others = new LinkedHashMap<>(action.otherColumns);
		if (rag.isBlank() && rating(status).isPresent()) {
			rag = status;
			String words = rating(status).get().words();
			status = statusOf(words) != null ? words : "";
		}
		for (Map.Entry<String, String> other : action.otherColumns.entrySet()) {
			if (rag.isBlank() && (ratingColumns.contains(other.getKey()) && rating(other.getValue()).isPresent()
					|| RagValue.read(other.getValue(), false).filter(r -> r.words().isEmpty()).isPresent())) {
				rag = other.getValue();
				others.remove(other.getKey());
			}
		}
		if (action.get(ColumnRole.PROGRESS).isBlank() && !action.periods.isEmpty() && !rag.isBlank() && rag(rag) != null
				&& lastPeriodUnrated(action)) {
			// "Q1 update | Q2 update | Current RAG": the RAG rates the latest period's update
			String[] last = action.periods.get(action.periods.keySet().stream().reduce((a, b) -> b).orElseThrow());
			last[1] = rag;
			rag = "";
		}
		progress(node, action.get(ColumnRole.PROGRESS), rag);
		periods(node, action);
		status(node, status);
		cost(node, action.get(ColumnRole.COST));
		text(node, "reporting", action.get(ColumnRole.REPORTING), false);
		for (Map.Entry<String, String> other : others.entrySet()) {
			String label = other.getKey().isBlank() ? "" : other.getKey() + ": ";
			node.line("note " + quote.text(label + other.getValue()));
			notes++;
		}
		// placed text, not text the importer could not place: not counted as notes
		action.welsh.forEach(welsh -> node.line("note " + quote.text(welsh)));
	}

	private void leads(Node node, String cell) {
		List<Lead> leads = LeadReader.read(cell);
		if (!leads.isEmpty()) {
			String line = "lead " + String.join(", ", leads.stream().map(plan::idOf).distinct().toList());
			// The words of the source when the names alone do not say all of them.
			String words = cell.strip().replaceAll("\\s+", " ");
			String names = leads.stream().filter(lead -> lead.roles().isEmpty()).map(Lead::name)
					.reduce("", String::concat);
			boolean said = letters(words).equals(letters(names));
			node.line(said ? line : line + " " + quote.text(words));
		} else if (!cell.isBlank()) {
			// text in the lead column that names nobody (a target, a sentence): kept, never a party
			node.line("note " + quote.text("Lead: " + cell.strip()));
			notes++;
		}
	}

	/** The letters of a cell without the words that join names ("and"). */
	private static String letters(String text) {
		return text.replaceAll("\\band\\b", "").replaceAll("[^\\p{L}\\p{N}\\p{S}]", "");
	}

	private void timing(Node node, String keyword, String cell) {
		String timing = dates.read(cell);
		if (timing == null) {
			return;
		}
		if (timing.startsWith("\"")) {
			datesAsText++;
		} else {
			datesRead++;
		}
		node.line(keyword + " " + timing);
	}

	/** One line per item when the cell is a list, else the whole cell. */
	private void text(Node node, String keyword, String cell, boolean perLine) {
		if (cell.isBlank()) {
			return;
		}
		if (!perLine) {
			node.line(keyword + " " + quote.text(cell));
			return;
		}
		for (String item : items(cell)) {
			node.line(keyword + " " + quote.text(item));
		}
	}

	/** List items ("- ..." lines) become one item each; other lines stay with the item before. */
	private static List<String> items(String cell) {
		List<String> items = new ArrayList<>();
		for (String line : cell.split("\n")) {
			boolean bullet = line.startsWith("- ");
			String text = bullet ? line.substring(2) : line;
			if (bullet || items.isEmpty()) {
				items.add(text);
			} else {
				items.set(items.size() - 1, ImportedAction.join(items.get(items.size() - 1), text));
			}
		}
		return items;
	}

	/** "2024-09: Fewer applicants": a progress cell that starts with its own date, as the docx target writes it. */
	private static final Pattern DATED_PROGRESS = Pattern.compile("^([0-9]{4}-(?:[0-9]{2}(?:-[0-9]{2})?|Q[1-4]))\\s*:\\s*(.*)$",
			Pattern.DOTALL);

	/** "Undated: ...": a progress cell that says it has no date (the docx target writes it so), kept undated. */
	private static final Pattern UNDATED = Pattern.compile("(?i)^undated\\s*:\\s*");

	private void progress(Node node, String cell, String ragCell) {
		String rag = ragCell.strip().equalsIgnoreCase("not rated") ? "" : ragCell;
		Matcher dated = DATED_PROGRESS.matcher(cell.strip());
		boolean undated = UNDATED.matcher(cell.strip()).lookingAt();
		String ownDate = dated.matches() ? dated.group(1) : undated ? "" : null;
		String text = dated.matches() ? dated.group(2) : undated ? UNDATED.matcher(cell.strip()).replaceFirst("") : cell;
		if (text.isBlank() && rag.isBlank()) {
			return;
		}
		if (!dated.matches() && !undated && text.strip().matches("(?i)complete[d]?\\.?")) {
			node.line("status complete " + quote.text(text.strip()));
			return;
		}
		// "Update (Mar 2024): …" lines are updates of their own, at their dates.
		List<ProgressEntries.Entry> entries = text.isBlank() ? List.of(new ProgressEntries.Entry(null, ""))
				: ProgressEntries.read(text);
		int latest = 0;
		boolean ragWordsKept = false;
		for (int i = 1; i < entries.size(); i++) {
			if (dateOf(entries.get(i), ownDate).compareTo(dateOf(entries.get(latest), ownDate)) >= 0) {
				latest = i;
			}
		}
		for (int i = 0; i < entries.size(); i++) {
			ProgressEntries.Entry entry = entries.get(i);
			String date = dateOf(entry, ownDate).isEmpty() ? "" : dateOf(entry, ownDate) + " ";
			// The RAG column rates the latest update.
			String rating = i == latest && !rag.isBlank() ? rag(rag) : ragInWords(entry.text());
			boolean ratedHere = i == latest && !rag.isBlank();
			String words = ratedHere && entry.text().isBlank() ? ragWords(rag) : entry.text();
			ragWordsKept |= ratedHere && entry.text().isBlank();
			String line = "progress " + date + (rating == null ? "" : rating + " ");
			node.line((line + (words.isBlank() ? "" : quote.text(words))).strip());
		}
		if (!ragWordsKept && !ragWords(rag).isEmpty()) {
			node.line("note " + quote.text("RAG: " + rag.strip()));
			notes++;
		}
		if (!rag.isBlank() && rag(rag) == null) {
			node.line("note " + quote.text("RAG: " + rag));
			notes++;
		}
	}

	private static boolean lastPeriodUnrated(ImportedAction action) {
		return action.periods.values().stream().reduce((a, b) -> b).map(p -> p[1].isBlank()).orElse(false);
	}

	/** An update per period ("Q1 update", "Q1 RAG"): a progress line at the period's date, with its rating. */
	private void periods(Node node, ImportedAction action) {
		for (Map.Entry<String, String[]> period : action.periods.entrySet()) {
			boolean dated = Character.isDigit(period.getKey().charAt(0));
			String ragCell = period.getValue()[1];
			String rating = ragCell.isBlank() ? null : rag(ragCell);
			String words = dated ? period.getValue()[0] : (period.getKey() + ": " + period.getValue()[0]).strip();
			String line = "progress " + (dated ? period.getKey() + " " : "") + (rating == null ? "" : rating + " ")
					+ (period.getValue()[0].isBlank() && dated ? "" : quote.text(words));
			node.line(line.strip());
			if (!ragCell.isBlank() && rating == null) {
				node.line("note " + quote.text("RAG " + period.getKey() + ": " + ragCell));
				notes++;
			}
		}
	}

	/** The entry's own date, else the cell's ("2024-09: ..."), else the plan's progress date. */
	private String dateOf(ProgressEntries.Entry entry, String cellDate) {
		return entry.date() != null ? entry.date() : cellDate != null ? cellDate : progressDate == null ? "" : progressDate;
	}

	private static final Pattern RAG_WORDS = Pattern.compile(
			"(?i)\\b(?:rag(?: rating| status)?\\s*[:=–-]\\s*|(?:marked|rated|assessed) (?:as )?)(red|amber|green|blue)\\b");

	/** "RAG: Green", "marked as amber": a rating written in the progress text itself. */
	private String ragInWords(String text) {
		Matcher m = RAG_WORDS.matcher(text);
		return m.find() ? rag(m.group(1)) : null;
	}

	/** The words a RAG cell gives after its rating ("Amber - on track"), unless they are a status of their own. */
	private String ragWords(String cell) {
		String words = rating(cell).map(RagValue::words).orElse("");
		return statusOf(words) != null ? "" : words;
	}

	/** The rating of a RAG or status cell, letters read too (and the key's letter for complete). */
	private Optional<RagValue> rating(String cell) {
		return RagValue.read(cell, true, plan.completeLetter);
	}

	private String rag(String cell) {
		String word = cell.strip().toLowerCase(Locale.ROOT);
		if (rating(cell).isPresent()) {
			return rating(cell).get().rating();
		}
		return switch (word) {
		case "r", "red" -> "red";
		case "a", "amber" -> "amber";
		case "g", "green" -> "green";
		case "b", "blue", "complete" -> "blue";
		default -> null;
		};
	}

	private void status(Node node, String cell) {
		if (cell.isBlank()) {
			return;
		}
		String status = statusOf(cell);
		if (status == null) {
			node.line("note " + quote.text("Status: " + cell));
			notes++;
		} else {
			node.line("status " + status);
		}
	}

	/** The language's status for a status word ("Complete", "Not started", "On hold"), or null. */
	private static String statusOf(String cell) {
		String word = cell.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "").replaceAll("[\\s_]+", "-");
		return switch (word) {
		case "complete", "completed", "done", "achieved" -> "complete";
		case "in-progress", "ongoing", "on-going", "started", "underway", "under-way" -> "in-progress";
		case "not-started", "not-yet-started", "not-due", "not-yet-due" -> "not-started";
		case "on-hold", "paused" -> "on-hold";
		case "cancelled", "canceled", "withdrawn" -> "cancelled";
		default -> null;
		};
	}

	private void cost(Node node, String cell) {
		if (cell.isBlank()) {
			return;
		}
		Matcher money = MONEY.matcher(cell.strip());
		if (money.matches()) {
			String rest = money.group(2).strip();
			node.line("cost £" + money.group(1) + (rest.isEmpty() ? "" : " " + quote.text(rest)));
		} else if (cell.strip().matches("(?i)(no|none|nil)( additional)? cost.*|none|nil")) {
			node.line("cost none " + quote.text(cell.strip()));
		} else {
			node.line("cost " + quote.text(cell.strip()));
		}
	}
}
