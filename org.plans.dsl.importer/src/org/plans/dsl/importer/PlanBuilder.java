package org.plans.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;

import org.plans.dsl.importer.detect.Bilingual;
import org.plans.dsl.importer.detect.ColumnRole;
import org.plans.dsl.importer.detect.Columns;
import org.plans.dsl.importer.detect.DateReader;
import org.plans.dsl.importer.detect.HeadingReader;
import org.plans.dsl.importer.detect.ListedActions;
import org.plans.dsl.importer.detect.Mapping;
import org.plans.dsl.importer.detect.MeasureColumns;
import org.plans.dsl.importer.detect.ProgressEntries;
import org.plans.dsl.importer.detect.RagValue;
import org.plans.dsl.importer.detect.SidewaysMeasures;
import org.plans.dsl.importer.source.Block;
import org.plans.dsl.importer.write.Ids;

/**
 * Walks a source document in reading order and recognises its structure: the title and
 * introduction, recommendations and monitoring bodies listed before the tables,
 * "Priority N:" / "Work stream N:" / "1. WORKFORCE" sections, "Objective:" lines, header
 * rows (repeated ones are page breaks), and action rows, joining rows cut by page breaks.
 */
final class PlanBuilder {


	private final Mapping mapping;
	private final DateReader dates;
	private final ImportedPlan plan;
	private final FrontMatter frontMatter;
	private final Sections sections;
	private final WelshNotes welsh;
	private Columns columns;
	private Columns lastComplete;
	private Block.Row headerRow;
	private boolean afterPageBreak;
	private boolean headerInTable;
	private MeasureRows measures;
	private ImportedMeasure measure;
	private String lastText;
	private String lastFinding;
	private String measureHeading;
	/** The title the file's properties give, if its text gives none. */
	private String propertiesTitle;
	/** The action last read from numbered text, for the lines of labelled fields after it. */
	private ImportedAction listed;
	/** The text of that action so far, over the lines it was written on. */
	private String listedText;
	/** The financial year the document last named ("2023/24"), for bare quarters; null before any. */
	private String financialYear;
	/** The paragraph after the one being read ("" when a table or nothing follows). */
	private String nextText = "";

	PlanBuilder(Mapping mapping, Ids ids, DateReader dates) {
		this.mapping = mapping;
		this.dates = dates;
		this.plan = new ImportedPlan(ids);
		this.frontMatter = new FrontMatter(plan);
		this.sections = new Sections(plan, () -> {
			// a new block: the actions' columns, measure table and listed action end with the one before
			listed = null;
			columns = null;
			measures = null;
		});
		this.welsh = new WelshNotes(plan, sections);
	}

	ImportedPlan build(List<Block> source) {
		List<Block> blocks = source.stream().map(PlanBuilder::english).toList();
		for (int b = 0; b < blocks.size(); b++) {
			Block block = blocks.get(b);
			int accounted = plan.rows.size();
			if (block instanceof Block.Paragraph paragraph && b + 1 < blocks.size()
					&& MeasureTables.headsMeasureTable(paragraph.text(), blocks.get(b + 1))) {
				// "Performance 2024/25" above a measure table: its heading, kept with its first measure
				lastText = paragraph.text();
				measureHeading = paragraph.text();
				welsh.keep(WelshNotes.of(source.get(b)), RowFate.Fate.TEXT, null);
			} else if (block instanceof Block.Paragraph paragraph) {
				nextText = b + 1 < blocks.size() && blocks.get(b + 1) instanceof Block.Paragraph next ? next.text() : "";
				text(paragraph.text(), paragraph.origin());
				welsh.keep(WelshNotes.of(source.get(b)), RowFate.Fate.TEXT, became(paragraph.text(), accounted));
			} else if (block instanceof Block.Sheet sheet && b + 1 < blocks.size()
					&& MeasureTables.headsMeasureTable(sheet.name(), blocks.get(b + 1))) {
				// a sheet of measures: the plan's, unless its rows name their blocks
				sections.priority = null;
				sections.objective = null;
				sections.action = null;
				lastText = sheet.name();
				measureHeading = sheet.name();
			} else if (block instanceof Block.Sheet sheet) {
				sheet(sheet);
			} else if (block instanceof Block.Title title) {
				propertiesTitle = title.text();
			} else if (block instanceof Block.Table table && SidewaysMeasures.turned(table).isPresent()) {
				sideways(table, SidewaysMeasures.turned(table).get());
				List<Block.Row> written = ((Block.Table) source.get(b)).rows();
				for (int i = 0; i < written.size() && accounted + i < plan.rows.size(); i++) {
					welsh.keep(WelshNotes.of(written.get(i)), plan.rows.get(accounted + i).fate(), null);
				}
			} else if (block instanceof Block.Table table) {
				listed = null;
				nextText = "";
				if (TableKinds.isOtherTable(table, columns, mapping)) {
					columns = null;
					sections.action = null;
				}
				headerInTable = false;
				plan.tables++;
				List<Block.Row> rows = table.rows();
				List<Block.Row> written = ((Block.Table) source.get(b)).rows();
				for (int i = 0; i < rows.size(); i++) {
					Block.Row next = i + 1 < rows.size() ? rows.get(i + 1) : null;
					int before = plan.rows.size();
					if (next != null && TableKinds.isHeadingAboveHeader(rows.get(i), next, mapping)) {
						RowFate.Fate fate = headingAboveHeader(rows.get(i).nonBlank().get(0));
						plan.account(rows.get(i), fate, fate == RowFate.Fate.HEADING ? sections.priority : null);
					} else {
						row(rows.get(i));
					}
					if (plan.rows.size() > before) {
						int at = plan.rows.size() - 1;
						welsh.keep(WelshNotes.of(written.get(i)), plan.rows.get(at).fate(), plan.rowItem(at));
					}
				}
			}
		}
		if (!plan.hasTitle() && propertiesTitle != null) {
			// no line of the document is its title: the one its file's properties give
			plan.title(propertiesTitle);
		}
		MeasureOwners.settle(plan, plan.read());
		return plan;
	}

	/**
	 * What a paragraph became, for its Welsh half: the action it was accounted as, the block being
	 * read when it is that block's heading again (repeated on a page or sheet); else null.
	 */
	private Object became(String text, int accounted) {
		if (plan.rows.size() > accounted) {
			return plan.rowItem(plan.rows.size() - 1);
		}
		ImportedSection priority = sections.priority;
		boolean same = priority != null && (text.equals(priority.source) || HeadingReader.read(text)
				.filter(h -> h.number().equals(priority.number) && h.title().equals(priority.title)).isPresent());
		return same ? priority : null;
	}

	/** A block written in Welsh and English side by side, its English half ("Cam gweithredu / Action" is "Action"). */
	private static Block english(Block block) {
		if (block instanceof Block.Paragraph p) {
			return new Block.Paragraph(Bilingual.english(p.text()), p.origin());
		}
		if (block instanceof Block.Table table) {
			return new Block.Table(table.rows().stream()
					.map(row -> new Block.Row(row.cells().stream().map(Bilingual::english).toList(), row.origin())).toList(),
					table.origin());
		}
		return block;
	}

	/**
	 * A measure table laid out sideways, read turned (a row per measure); each source row is
	 * accounted as the header or as a row of the measures it gives values of.
	 */
	private void sideways(Block.Table table, SidewaysMeasures.Turned turned) {
		plan.tables++;
		fateOf(turned.header());
		List<String> ids = new ArrayList<>();
		for (Block.Row row : turned.rows()) {
			if (fateOf(row) == RowFate.Fate.MEASURE && !ids.contains(measure.id)) {
				ids.add(measure.id);
			}
		}
		measures = null;
		measure = null;
		headerInTable = false;
		boolean first = true;
		for (Block.Row row : table.rows()) {
			RowFate.Fate fate = row.isBlank() ? RowFate.Fate.BLANK : first ? RowFate.Fate.HEADER : RowFate.Fate.MEASURE;
			first &= row.isBlank();
			plan.account(row, fate, fate == RowFate.Fate.MEASURE ? "measures " + String.join(", ", ids) : null);
		}
	}

	/**
	 * A new sheet: a section heading when its name reads as one ("Priority 2 – Permanence");
	 * else the block its actions go under, unless headings in the sheet start blocks first.
	 */
	private void sheet(Block.Sheet sheet) {
		String name = sheet.name().strip();
		if (HeadingReader.read(name).isPresent() || SectionNames.SECTION.matcher(name).matches()) {
			text(name, sheet.origin());
			return;
		}
		sections.priority = null;
		sections.objective = null;
		sections.action = null;
		sections.pendingSheet = name;
	}

	private RowFate.Fate headingAboveHeader(String text) {
		if (!plan.hasTitle()) {
			// a spreadsheet's title row, read as a title line is
			frontMatter.read(text, "");
			return RowFate.Fate.TEXT;
		}
		sections.startPriority("priority", String.valueOf(plan.priorities.size() + 1), text, text);
		return RowFate.Fate.HEADING;
	}

	private void text(String text, String origin) {
		lastText = text;
		Matcher year = MeasureColumns.FINANCIAL_YEAR.matcher(text);
		if (year.find()) {
			// "Corporate Improvement Plan 2023/24": the year bare quarters ("Q1 update") fall in
			financialYear = year.group();
		}
		if (plan.completeLetter == null) {
			// "Key: R = off track, …, C = complete": the letter rating complete actions
			plan.completeLetter = RagValue.completeLetter(text);
		}
		if (plan.progressDate == null && ProgressEntries.documentDate(text) != null) {
			plan.progressDate = ProgressEntries.documentDate(text);
		}
		String finding = Findings.read(text);
		if (finding != null) {
			lastFinding = plan.finding(finding);
			return;
		}
		Optional<HeadingReader.Heading> heading = HeadingReader.read(text);
		if (heading.isPresent() && heading.get().kind() == HeadingReader.Kind.RECOMMENDATION) {
			sections.recommendation(heading.get());
			return;
		}
		if (heading.isPresent()) {
			HeadingReader.Heading h = heading.get();
			sections.startPriority(h.kind() == HeadingReader.Kind.WORKSTREAM ? "workstream" : "priority", h.number(), h.title(),
					text);
			return;
		}
		if (SectionNames.MEASURES.matcher(text).matches()) {
			sections.inMeasures = true;
		}
		Matcher m = SectionNames.OBJECTIVE.matcher(text);
		if (m.matches() && sections.priority != null) {
			sections.objective = sections.priority.objective(m.group(2).strip());
			sections.action = null;
			return;
		}
		if (listedAction(text, origin)) {
			return;
		}
		m = SectionNames.SECTION.matcher(text);
		if (m.matches() && (columns != null || plan.hasTitle()) && !text.endsWith(":")) {
			sections.startPriority("priority", m.group(1), m.group(2).strip(), text);
			return;
		}
		if (sections.priority == null && sections.pendingSheet != null && !plan.priorities.isEmpty()) {
			// a line of a later sheet before its blocks: kept, never the plan's title
			plan.note(text);
		} else if (sections.priority == null) {
			frontMatter.read(text, nextText);
		} else if (!text.equals(sections.priority.source)) {
			sections.note(text);
		}
	}

	/**
	 * An action written as numbered text ("1.1 Screen every contact. Lead: Hana Ito. Deadline:
	 * March 2025"), or a line of labelled fields ("Lead: Hana Ito") for the one just read.
	 */
	private boolean listedAction(String text, String origin) {
		Optional<ListedActions.Listed> read = ListedActions.read(text);
		if (listed != null && read.isEmpty() && ListedActions.continues(listedText, text)) {
			// the next line of the action's text: its fields read again over the whole text
			listedText = listedText + " " + text;
			listed.cells.clear();
			ListedActions.read(listedText).ifPresent(whole -> {
				listed.add(ColumnRole.REF, whole.ref());
				whole.cells().forEach(listed::add);
			});
			// counted and listed as table rows are: a line joined to the action above
			plan.account(new Block.Row(List.of(text), origin), RowFate.Fate.CONTINUED, listed);
			return true;
		}
		listed = null;
		boolean fieldsFollow = read.isPresent() && ListedActions.isActionRef(read.get().ref())
				&& ListedActions.continues(text, nextText);
		if (read.isEmpty() || !read.get().isAction() && !fieldsFollow) {
			return false;
		}
		sections.ensurePriority();
		ImportedSection section = sections.current();
		sections.action = section.action(origin);
		sections.action.add(ColumnRole.REF, read.get().ref());
		read.get().cells().forEach(sections.action::add);
		plan.account(new Block.Row(List.of(text), origin), RowFate.Fate.ACTION, sections.action);
		listed = sections.action;
		listedText = text;
		return true;
	}

	private void row(Block.Row row) {
		RowFate.Fate fate = fateOf(row);
		Object item = switch (fate) {
		case ACTION, CONTINUED -> sections.action;
		case MEASURE -> measure;
		case HEADING -> sections.current();
		case FINDING -> lastFinding == null ? null : "finding " + lastFinding;
		default -> null;
		};
		plan.account(row, fate, item);
	}

	private RowFate.Fate fateOf(Block.Row row) {
		if (row.isBlank()) {
			return RowFate.Fate.BLANK;
		}
		if (columns != null && columns.isRepeatedBy(row)) {
			// A page break repeats the header exactly: the rows after it may continue a cut sentence.
			afterPageBreak = true;
			headerRow = row;
			return RowFate.Fate.REPEATED_HEADER;
		}
		if (measures != null && measures.columns().isRepeatedBy(row)) {
			return RowFate.Fate.REPEATED_HEADER;
		}
		// Inside a measure table a row with no measure name goes on with the measure above ("", "", "20 by 2025-03"),
		// even when its dated values would read as a header's dated columns.
		Optional<MeasureColumns> measureHeader = measures != null && headerInTable && row.cell(0).isBlank() ? Optional.empty()
				: MeasureColumns.fromHeader(row);
		if (measureHeader.isPresent()) {
			measures = new MeasureRows(measureHeader.get(), lastText);
			measure = null;
			headerInTable = true;
			return RowFate.Fate.HEADER;
		}
		// Within a table, after its header, only a row of header names alone starts new columns.
		Optional<Columns> header = headerInTable && !Columns.isOnlyHeaderNames(row, mapping) ? Optional.empty()
				: Columns.fromHeader(row, mapping);
		if (header.isPresent()) {
			afterPageBreak = columns != null && TableKinds.sameRoles(columns, header.get());
			useHeader(row, header.get());
			headerInTable = true;
			measures = null;
			return RowFate.Fate.HEADER;
		}
		if (headerRow != null && Columns.continuesHeader(row)) {
			// A header that wraps onto a second line ("End" over "Date") reads better joined.
			Block.Row joined = Columns.join(headerRow, row);
			Optional<Columns> better = Columns.fromHeader(joined, mapping)
					.filter(c -> c.roleCount() > Columns.fromHeader(headerRow, mapping).map(Columns::roleCount).orElse(0));
			if (better.isPresent()) {
				useHeader(joined, better.get());
				headerRow = null;
				return RowFate.Fate.HEADER;
			}
		}
		headerRow = null;
		List<String> filled = row.nonBlank();
		if (filled.size() == 1 && (HeadingReader.read(filled.get(0)).isPresent()
				|| SectionNames.OBJECTIVE.matcher(filled.get(0)).matches() || columns == null && measures == null)) {
			ImportedSection before = sections.current();
			Columns kept = columns;
			MeasureRows keptMeasures = measures;
			String pending = sections.pendingRecommendation;
			int findings = plan.findings.size();
			text(filled.get(0), row.origin());
			if (headerInTable) {
				// A heading row inside a table: the table's columns go on under it.
				columns = kept;
				measures = keptMeasures;
			}
			if (plan.findings.size() > findings) {
				return RowFate.Fate.FINDING;
			}
			if (!Objects.equals(pending, sections.pendingRecommendation)) {
				return RowFate.Fate.HEADING;
			}
			return (sections.current()) != before ? RowFate.Fate.HEADING : RowFate.Fate.TEXT;
		}
		if (measures != null) {
			ImportedMeasure before = measure;
			measure = measures.read(row, plan, sections.inMeasures ? null : sections.current(), measure);
			if (measureHeading != null && measure != before) {
				measure.notes.add(measureHeading);
				measureHeading = null;
			}
			return RowFate.Fate.MEASURE;
		}
		if (columns == null) {
			sections.note(String.join(" | ", filled));
			return RowFate.Fate.NOTE;
		}
		if (!columns.has(ColumnRole.ACTION) && columns.has(ColumnRole.SECTION) && columns.has(ColumnRole.SPONSOR)) {
			plan.owners.add(new Owners.Owner(columns.get(row, ColumnRole.SECTION), columns.get(row, ColumnRole.SPONSOR),
					columns.get(row, ColumnRole.LEAD), row.origin()));
			return RowFate.Fate.OWNERS;
		}
		if (!columns.has(ColumnRole.ACTION) && columns.has(ColumnRole.FINDING)) {
			sectionFromColumn(row);
			String found = columns.get(row, ColumnRole.FINDING).strip();
			if (found.isEmpty()) {
				sections.note(String.join(" | ", filled));
				return RowFate.Fate.NOTE;
			}
			lastFinding = plan.finding(found);
			return RowFate.Fate.FINDING;
		}
		sectionFromColumn(row);
		if (columns.has(ColumnRole.REF) && !ActionRows.isNewAction(row, columns, sections.action, afterPageBreak) && ActionRows.isShifted(row, columns)) {
			row = ActionRows.shiftRight(row);
		}
		RowFate.Fate fate = RowFate.Fate.CONTINUED;
		if (ActionRows.isNewAction(row, columns, sections.action, afterPageBreak)) {
			fate = RowFate.Fate.ACTION;
			if (sections.priority == null) {
				Columns kept = columns;
				sections.ensurePriority();
				columns = kept;
			}
			ImportedSection section = sections.current();
			ImportedAction above = section.lastAction();
			sections.action = section.action(row.origin());
			if (above != null && !columns.has(ColumnRole.REF)) {
				ActionRows.carryMergedCells(row, columns, above, sections.action);
			}
		} else if (sections.action == null) {
			sections.note(String.join(" | ", filled));
			return RowFate.Fate.NOTE;
		}
		afterPageBreak = false;
		for (int i = 0; i < row.cells().size(); i++) {
			String cell = row.cell(i);
			if (cell.isBlank()) {
				continue;
			}
			ColumnRole role = columns.role(i);
			if (role == ColumnRole.REF && cell.strip().equals(sections.action.get(ColumnRole.REF).strip())) {
				continue;
			}
			if (role == ColumnRole.REF && !sections.action.get(ColumnRole.REF).isEmpty()) {
				// Words in the reference column of a continuation row: kept, not glued to the reference.
				sections.action.addOther(columns.header(i), cell);
				continue;
			}
			if (role == ColumnRole.SECTION || role == ColumnRole.OBJECTIVE) {
				continue;
			}
			if (columns.period(i) != null) {
				// "Q1 update | Q1 RAG | Q2 update …": an update and a rating per period, dated by the period
				String year = columns.financialYear() != null ? columns.financialYear() : financialYear;
				String date = MeasureColumns.inYear(columns.period(i), year);
				sections.action.addPeriod(date != null ? date : columns.period(i), role, cell);
			} else if (role == ColumnRole.ACTION && i != columns.index(ColumnRole.ACTION) && !columns.has(ColumnRole.DEADLINE)
					&& DateReader.isDate(cell.strip())) {
				// a second action-like column of dates ("Deliverable | … | Milestone": "Q3 2023/24") is the deadline
				sections.action.add(ColumnRole.DEADLINE, cell);
			} else if (role == ColumnRole.FINDING) {
				sections.action.addresses.add(plan.finding(cell.strip()));
			} else if (role == null || role == ColumnRole.IGNORE) {
				sections.action.addOther(columns.header(i), cell);
			} else {
				sections.action.add(role, cell);
			}
		}
		return fate;
	}

	/**
	 * A column that names each row's priority (or objective), repeated on every row or only on
	 * the first of a group: a new name starts a new block, a blank or the same one goes on.
	 */
	private void sectionFromColumn(Block.Row row) {
		String name = columns.get(row, ColumnRole.SECTION).strip().replaceAll("\\s+", " ");
		if (!name.isEmpty() && (sections.priority == null || !SectionNames.names(sections.priority, name))) {
			ImportedSection known = plan.priorities.stream().filter(p -> SectionNames.names(p, name)).findFirst().orElse(null);
			Columns kept = columns;
			if (known != null) {
				sections.priority = known;
				sections.objective = null;
				sections.action = null;
			} else {
				Optional<HeadingReader.Heading> heading = HeadingReader.read(name);
				Matcher numbered = SectionNames.SECTION.matcher(name);
				if (heading.isPresent() && heading.get().kind() != HeadingReader.Kind.RECOMMENDATION) {
					sections.startPriority(heading.get().kind() == HeadingReader.Kind.WORKSTREAM ? "workstream" : "priority",
							heading.get().number(), heading.get().title(), name);
				} else if (numbered.matches()) {
					sections.startPriority("priority", numbered.group(1), numbered.group(2).strip(), name);
				} else {
					sections.startPriority("priority", String.valueOf(plan.priorities.size() + 1), name, name);
				}
			}
			columns = kept;
		}
		String objectiveName = columns.get(row, ColumnRole.OBJECTIVE).strip().replaceAll("\\s+", " ");
		if (!objectiveName.isEmpty() && sections.priority != null && (sections.objective == null || !sections.objective.title.equals(objectiveName))) {
			sections.objective = sections.priority.objective(objectiveName);
			sections.action = null;
		}
	}

	/**
	 * Uses a header's columns; a header garbled by the source (no action column) borrows the
	 * roles of the last complete header.
	 */
	private void useHeader(Block.Row row, Columns found) {
		headerRow = row;
		if (!found.has(ColumnRole.ACTION) && lastComplete != null) {
			columns = lastComplete;
			return;
		}
		columns = found;
		if (found.has(ColumnRole.ACTION)) {
			lastComplete = found;
		}
	}

}
