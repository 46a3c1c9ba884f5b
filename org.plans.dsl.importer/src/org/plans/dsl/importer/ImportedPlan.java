package org.plans.dsl.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plans.dsl.importer.detect.ColumnRole;
import org.plans.dsl.importer.detect.Lead;
import org.plans.dsl.importer.detect.LeadAliases;
import org.plans.dsl.importer.detect.LeadReader;
import org.plans.dsl.importer.source.Block;
import org.plans.dsl.importer.write.Ids;

/** Everything the importer recognised, before it is written as plan text. */
final class ImportedPlan {

	final Ids ids;
	private String title;
	String version;
	String issued;
	/** The organisation a title page names under the title ("London Borough of Carrow"), or null. */
	String organisation;
	/** The period a title page gives ("Period: 2024-07 to 2025-12"), or null. */
	String coversFrom;
	String coversTo;
	/** The date the document gives its progress ("Progress updates from January 2023"), or null. */
	String progressDate;
	/** The letter the plan's key gives for complete ("C = complete"), read as blue; or null. */
	String completeLetter;
	final List<String> introduction = new ArrayList<>();
	final Map<String, String> recommendations = new LinkedHashMap<>();
	final Map<String, String> findings = new LinkedHashMap<>();
	final List<Owners.Owner> owners = new ArrayList<>();
	final List<String> boards = new ArrayList<>();
	final List<String> notes = new ArrayList<>();
	/** The Welsh halves of the title page ("Cymraeg: …"), written as notes: placed text, not counted as notes. */
	final List<String> welsh = new ArrayList<>();
	final List<ImportedSection> priorities = new ArrayList<>();
	final List<ImportedMeasure> measures = new ArrayList<>();
	final Map<String, String> leadIds = new LinkedHashMap<>();
	final Map<String, Lead> leads = new LinkedHashMap<>();
	final List<RowFate> rows = new ArrayList<>();
	/** The leads of the whole plan, so one written two ways ("K. Mensah", "Kofi Mensah") is one. */
	LeadAliases aliases = new LeadAliases(List.of());
	int tables;

	ImportedPlan(Ids ids) {
		this.ids = ids;
	}

	boolean hasTitle() {
		return title != null;
	}

	String title() {
		return title;
	}

	void title(String text) {
		title = text;
	}

	boolean hasIntroduction() {
		return !introduction.isEmpty() || !recommendations.isEmpty();
	}

	void introduction(String text) {
		introduction.add(text);
	}

	void version(String text, String date) {
		version = text;
		if (date != null && !date.startsWith("\"") && issued == null) {
			issued = date;
		}
	}

	void issued(String date) {
		issued = date;
	}

	void covers(String from, String to) {
		coversFrom = from;
		coversTo = to;
	}

	/** A recommendation or finding listed with its own id ("r1 (recommendation): …"). */
	void source(String kind, String id, String text) {
		(kind.equals("finding") ? findings : recommendations).put(ids.unique(id), text);
	}

	void recommendation(String text) {
		recommendations.put(ids.unique("r" + (recommendations.size() + 1)), text);
	}

	/** Declares "Recommendation 3" (once, however often it is repeated) and returns its id. */
	String recommendation(String text, String number) {
		for (Map.Entry<String, String> r : recommendations.entrySet()) {
			if (r.getValue().equals(text)) {
				return r.getKey();
			}
		}
		String id = ids.unique("r" + number.toLowerCase(Locale.ROOT));
		recommendations.put(id, text);
		return id;
	}

	/** Declares a finding (once, however often a table repeats it) and returns its id. */
	String finding(String text) {
		for (Map.Entry<String, String> f : findings.entrySet()) {
			if (f.getValue().equals(text)) {
				return f.getKey();
			}
		}
		String id = ids.unique("f" + (findings.size() + 1));
		findings.put(id, text);
		return id;
	}

	void board(String text) {
		boards.add(text);
	}

	void note(String text) {
		notes.add(text);
	}

	ImportedSection priority(String kind, String number, String sectionTitle, String source) {
		ImportedSection section = new ImportedSection(kind, number, sectionTitle, source);
		priorities.add(section);
		return section;
	}

	/** How much of the plan is read so far: its blocks and actions (notes do not count). */
	int read() {
		return priorities.size() + priorities.stream().mapToInt(ImportedPlan::read).sum();
	}

	private static int read(ImportedSection section) {
		int n = 0;
		for (Object item : section.items) {
			n += item instanceof ImportedAction ? 1 : item instanceof ImportedSection objective ? 1 + read(objective) : 0;
		}
		return n;
	}

	/** What each row went into (an action, a measure, a block, a finding id), for the review page. */
	private final List<Object> rowItems = new ArrayList<>();

	/** Notes what a source row became. */
	void account(Block.Row row, RowFate.Fate fate) {
		account(row, fate, null);
	}

	void account(Block.Row row, RowFate.Fate fate, Object item) {
		rows.add(new RowFate(row.origin(), row.cells(), fate));
		rowItems.add(item);
	}

	/** What the source row accounted {@code i}-th became (an action, a measure, a block), or null. */
	Object rowItem(int i) {
		return rowItems.get(i);
	}

	/** The rows, each with the name of what it was written as (known once the plan is written). */
	List<RowFate> rowsWritten() {
		List<RowFate> written = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			RowFate row = rows.get(i);
			Object item = rowItems.get(i);
			String became = item instanceof ImportedAction action ? action.written
					: item instanceof ImportedMeasure measure ? "measure " + measure.id
					: item instanceof ImportedSection section ? section.kind + (section.number.isEmpty() ? "" : " " + section.number)
					: item instanceof String id ? id : "";
			written.add(new RowFate(row.origin(), row.cells(), row.fate(), became == null ? "" : became));
		}
		return written;
	}

	/**
	 * The id of a lead, declaring it the first time it is named; a person named again with
	 * other roles holds them all, and each role is declared once.
	 */
	String idOf(Lead written) {
		Lead lead = aliases.canonical(written);
		lead.roles().forEach(role -> idOf(Lead.of(Lead.Kind.ROLE, role)));
		if (lead.organisation() != null) {
			idOf(lead.organisation());
		}
		leads.merge(lead.key(), lead, Lead::with);
		return leadIds.computeIfAbsent(lead.key(), key -> {
			String abbreviation = lead.kind() == Lead.Kind.ROLE ? LeadReader.abbreviationOf(lead.name()) : null;
			return abbreviation != null ? ids.unique(abbreviation) : ids.forName(lead.name(), lead.kind() == Lead.Kind.PERSON);
		});
	}

	/** Every lead the plan's cells name: the action rows' and the ownership tables'. */
	List<Lead> allLeads() {
		List<Lead> all = new ArrayList<>();
		for (Owners.Owner owner : owners) {
			all.addAll(LeadReader.read(owner.sponsor()));
			all.addAll(LeadReader.read(owner.lead()));
		}
		priorities.forEach(p -> leadsOf(p, all));
		return all;
	}

	private static void leadsOf(ImportedSection section, List<Lead> all) {
		for (Object item : section.items) {
			if (item instanceof ImportedAction action) {
				all.addAll(LeadReader.read(action.get(ColumnRole.LEAD)));
			} else if (item instanceof ImportedSection objective) {
				leadsOf(objective, all);
			}
		}
	}

	/** The id of the organisation a person belongs to, or null. */
	String organisationId(Lead person) {
		return person.organisation() == null ? null : leadIds.get(person.organisation().key());
	}

	/** The ids of the roles a person holds. */
	List<String> roleIds(Lead person) {
		return person.roles().stream().map(role -> leadIds.get(Lead.of(Lead.Kind.ROLE, role).key())).distinct().toList();
	}
}
