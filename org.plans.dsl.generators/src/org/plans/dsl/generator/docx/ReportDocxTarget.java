package org.plans.dsl.generator.docx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.AsOfDate;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.PriorityFacts;
import org.plans.dsl.facts.RagCounts;
import org.plans.dsl.facts.TargetFacts;
import org.plans.dsl.facts.TargetProgress;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.generator.PlanTarget;
import org.plans.dsl.generator.diff.DiffFormat;
import org.plans.dsl.generator.diff.PlanChange;
import org.plans.dsl.generator.diff.PlanDiff;
import org.plans.dsl.generator.html.HtmlParts;
import org.plans.dsl.generator.report.ReportMetadata;
import org.plans.dsl.generator.report.ReportTarget;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.naming.FileNames;
import org.plans.dsl.plans.Block;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.Risk;

/**
 * {@code report-docx}: the board report as a Word document, with the sections of the HTML
 * report in its order: changes since an earlier version (when given), RAG counts by priority,
 * overdue actions, actions due soon, measures with their charts (pictures with alt text) and
 * captions, costs, risks. Real headings, header rows that repeat, document title and language.
 */
public class ReportDocxTarget implements PlanTarget {

	private static final List<String> ACTION_COLUMNS = List.of("Ref", "Action", "In", "Lead", "Due", "Status", "RAG");

	@Override
	public String name() {
		return "report-docx";
	}

	@Override
	public String description() {
		return "the board report as a Word document with chart pictures; option period-days=90 (<plan>-report.docx)";
	}

	@Override
	public Set<String> optionKeys() {
		return Set.of(ReportTarget.PERIOD_DAYS);
	}

	@Override
	public void generate(GenerationContext context, OutputFiles out) throws IOException {
		int periodDays = ReportTarget.periodDays(context);
		for (PlanFacts plan : context.plans()) {
			out.write(FileNames.safe(plan.id()) + "-report.docx", document(context, plan, periodDays));
		}
	}

	private static byte[] document(GenerationContext context, PlanFacts plan, int periodDays) throws IOException {
		AsOfDate asOf = context.asOf(plan);
		String title = ReportTarget.title(plan);
		try (XWPFDocument document = WordParts.document(title, asOf.day().or(() -> plan.issued().map(d -> d.first())))) {
			WordParts.describe(document, ReportMetadata.of(plan, asOf));
			WordParts.paragraph(document, DocxStyles.TITLE, title);
			WordParts.paragraph(document, null, HtmlParts.metaLine(plan, asOf));
			changes(document, context, plan);
			WordParts.paragraph(document, DocxStyles.HEADING_1, "RAG by priority");
			ragSummary(document, plan, asOf);
			if (asOf.isGiven()) {
				List<ActionFacts> overdue = asOf.overdue();
				WordParts.paragraph(document, DocxStyles.HEADING_1, "Overdue actions (" + overdue.size() + ")");
				actions(document, overdue);
				List<ActionFacts> due = asOf.dueWithin(periodDays);
				WordParts.paragraph(document, DocxStyles.HEADING_1, "Due in the next " + periodDays + " days, to "
						+ Words.date(asOf.until(periodDays).orElseThrow()) + " (" + due.size() + ")");
				actions(document, due);
			} else {
				WordParts.paragraph(document, DocxStyles.HEADING_1, "Overdue and due soon");
				WordParts.paragraph(document, null, Words.NO_AS_OF
						+ ". Give the plan an \"as of\" line, or run with --as-of, to list overdue actions and those due in the next "
						+ periodDays + " days.");
			}
			measures(document, plan);
			WordCosts.add(document, plan);
			risks(document, plan);
			return WordParts.bytes(document);
		}
	}

	private static void changes(XWPFDocument document, GenerationContext context, PlanFacts plan) {
		if (context.earlier().isEmpty()) {
			return;
		}
		String label = context.earlier().get().label();
		WordParts.paragraph(document, DocxStyles.HEADING_1, "Changes since " + label);
		Optional<PlanFacts> old = context.earlier(plan);
		if (old.isEmpty()) {
			WordParts.paragraph(document, null, "The plan is new since " + label + ".");
			return;
		}
		List<PlanChange> changes = PlanDiff.between(old.get(), plan, context.earlier().get());
		WordParts.paragraph(document, null, changes.isEmpty() ? "No changes."
				: changes.size() + (changes.size() == 1 ? " change." : " changes."));
		for (Map.Entry<PlanChange.Kind, List<PlanChange>> group : DiffFormat.byKind(changes).entrySet()) {
			WordParts.paragraph(document, DocxStyles.HEADING_2, group.getKey().heading() + " (" + group.getValue().size() + ")");
			group.getValue().forEach(c -> WordParts.paragraph(document, DocxStyles.LIST, DiffFormat.line(c)));
		}
	}

	private static void ragSummary(XWPFDocument document, PlanFacts plan, AsOfDate asOf) {
		List<String> header = new ArrayList<>(List.of("Priority"));
		for (Rag rag : Rag.values()) {
			header.add(Words.rag(Optional.of(rag)));
		}
		header.add(Words.rag(Optional.empty()));
		header.add("Actions");
		HtmlParts.TARGET_COLUMNS.forEach(p -> header.add(Words.targets(p)));
		List<List<String>> rows = new ArrayList<>();
		List<TargetFacts> all = new ArrayList<>();
		for (PriorityFacts priority : plan.priorityFacts()) {
			all.addAll(priority.allTargets());
			rows.add(ragRow(Words.priority(priority.priority()), priority.ragCounts(),
					TargetProgress.count(priority.allTargets(), plan, asOf.day())));
		}
		rows.add(ragRow("All priorities", RagCounts.of(plan.actions()), TargetProgress.count(all, plan, asOf.day())));
		XWPFTable table = WordParts.table(document, header, rows);
		Rag[] rags = Rag.values();
		for (int c = 0; c < rags.length; c++) {
			WordParts.shade(table.getRow(0).getCell(c + 1), rags[c]);
		}
	}

	private static List<String> ragRow(String label, RagCounts counts, Map<TargetProgress, Integer> targets) {
		List<String> row = new ArrayList<>(List.of(label));
		for (Rag rag : Rag.values()) {
			row.add(String.valueOf(counts.count(rag)));
		}
		row.add(String.valueOf(counts.unrated()));
		row.add(String.valueOf(counts.total()));
		HtmlParts.TARGET_COLUMNS.forEach(p -> row.add(String.valueOf(targets.get(p))));
		return row;
	}

	private static void actions(XWPFDocument document, List<ActionFacts> actions) {
		if (actions.isEmpty()) {
			WordParts.paragraph(document, null, "None.");
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (ActionFacts action : actions) {
			rows.add(List.of(action.ref(), action.title(), action.priority() == null ? "" : Words.where(action),
					Words.parties(action.leads()), Words.due(action), Words.status(action.status()),
					Words.rag(action.latestRag())));
		}
		XWPFTable table = WordParts.table(document, ACTION_COLUMNS, rows);
		for (int r = 0; r < actions.size(); r++) {
			int row = r + 1;
			actions.get(r).latestRag().ifPresent(rag -> WordParts.shade(table.getRow(row).getCell(ACTION_COLUMNS.size() - 1), rag));
		}
	}

	private static void measures(XWPFDocument document, PlanFacts plan) throws IOException {
		if (plan.measures().isEmpty()) {
			return;
		}
		WordParts.paragraph(document, DocxStyles.HEADING_1, "Measures");
		for (MeasureFacts measure : plan.measures()) {
			WordParts.paragraph(document, DocxStyles.HEADING_2, measure.measure().getTitle());
			if (!ChartPictures.add(document, measure)) {
				WordParts.paragraph(document, null, ReportTarget.NO_CHART);
			}
			String caption = ReportTarget.caption(measure);
			if (!caption.isEmpty()) {
				WordParts.paragraph(document, DocxStyles.CAPTION, caption);
			}
		}
	}

	private static void risks(XWPFDocument document, PlanFacts plan) {
		if (plan.risks().isEmpty()) {
			return;
		}
		WordParts.paragraph(document, DocxStyles.HEADING_1, "Risks (" + plan.risks().size() + ")");
		List<List<String>> rows = new ArrayList<>();
		for (Risk risk : plan.risks()) {
			rows.add(List.of(risk.getText(), risk.eContainer() instanceof Block block ? Words.block(block) : "",
					Words.riskLevel(risk, "likelihood"), Words.riskLevel(risk, "impact")));
		}
		WordParts.table(document, List.of("Risk", "On", "Likelihood", "Impact"), rows);
	}
}
