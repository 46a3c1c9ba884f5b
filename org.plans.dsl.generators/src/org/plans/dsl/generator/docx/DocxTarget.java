package org.plans.dsl.generator.docx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.AsOfDate;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.ObjectiveFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.facts.PriorityFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.generator.PlanTarget;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.naming.FileNames;
import org.plans.dsl.plans.PlanTextKind;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.Source;

/**
 * {@code docx}: the plan as a Word document in the layout councils take to committee: a title
 * page, the recommendations, then per priority a heading and a table per objective (Ref, Action,
 * Lead, Start, Deadline, Target, Progress, RAG; the RAG cell coloured and worded, the header row
 * repeated on every page), the measures and the costs. Real headings, document title and
 * language set; the file is the same byte for byte on every run.
 */
public class DocxTarget implements PlanTarget {

	private static final List<String> COLUMNS = List.of("Ref", "Action", "Lead", "Start", "Deadline", "Target",
			"Progress", "RAG");

	@Override
	public String name() {
		return "docx";
	}

	@Override
	public String description() {
		return "the plan as a Word document in the familiar table layout, for committee papers (<plan>.docx)";
	}

	@Override
	public void generate(GenerationContext context, OutputFiles out) throws IOException {
		for (PlanFacts plan : context.plans()) {
			out.write(FileNames.safe(plan.id()) + ".docx", document(plan, context.asOf(plan)));
		}
	}

	byte[] document(PlanFacts plan, AsOfDate asOf) throws IOException {
		try (XWPFDocument document = WordParts.document(plan.title(), asOf.day().or(() -> plan.issued().map(d -> d.first())))) {
			titlePage(document, plan, asOf);
			recommendations(document, plan);
			for (PriorityFacts priority : plan.priorityFacts()) {
				paragraph(document, DocxStyles.HEADING_1, Words.priority(priority.priority()));
				if (!plan.directActionsOf(priority.priority()).isEmpty()) {
					table(document, plan.directActionsOf(priority.priority()));
				}
				for (ObjectiveFacts objective : plan.objectiveFacts()) {
					if (Plans.ancestor(objective.objective(), Priority.class) == priority.priority()) {
						paragraph(document, DocxStyles.HEADING_2, Words.block(objective.objective()));
						table(document, objective.actions());
					}
				}
			}
			measures(document, plan);
			WordCosts.add(document, plan);
			WordParts.landscape(document); // last: the section properties close the body
			return WordParts.bytes(document);
		}
	}

	private static void titlePage(XWPFDocument document, PlanFacts plan, AsOfDate asOf) {
		paragraph(document, DocxStyles.TITLE, plan.title());
		plan.issued().ifPresent(d -> paragraph(document, null, "Issued " + d.text()));
		plan.text(PlanTextKind.ORGANISATION).ifPresent(t -> paragraph(document, null, t));
		plan.text(PlanTextKind.VERSION).ifPresent(t -> paragraph(document, null, "Version: " + t));
		if (plan.coversFrom().isPresent() || plan.coversTo().isPresent()) {
			paragraph(document, null, "Period: " + plan.coversFrom().map(d -> d.text()).orElse("?") + " to "
					+ plan.coversTo().map(d -> d.text()).orElse("?"));
		}
		paragraph(document, null, asOf.day().map(d -> "Progress as of " + Words.date(d)).orElse(Words.NO_AS_OF));
	}

	private static void recommendations(XWPFDocument document, PlanFacts plan) {
		if (plan.sources().isEmpty()) {
			return;
		}
		paragraph(document, DocxStyles.HEADING_1, "Recommendations and findings");
		for (Source source : plan.sources()) {
			paragraph(document, null, source.getName() + " (" + Words.sourceKind(source) + "): " + source.getText());
		}
	}

	private static void table(XWPFDocument document, List<ActionFacts> actions) {
		List<List<String>> rows = new ArrayList<>();
		for (ActionFacts action : actions) {
			rows.add(List.of(action.ref(), action.title(),
					String.join("; ", action.leads().stream().map(Words::party).toList()), action.start().describe(),
					action.due().describe(), String.join("\n", action.targets().stream().map(Words::target).toList()),
					action.latestProgress().map(p -> (p.getDate() == null ? "Undated: " : p.getDate() + ": ")
							+ (p.getText() == null ? "" : p.getText())).orElse(""),
					Words.rag(action.latestRag())));
		}
		XWPFTable table = WordParts.table(document, COLUMNS, rows);
		WordParts.widths(table, 5, 25, 12, 8, 10, 15, 17, 8);
		for (int r = 0; r < actions.size(); r++) {
			XWPFTableRow row = table.getRow(r + 1);
			actions.get(r).latestRag().ifPresent(rag -> WordParts.shade(row.getCell(COLUMNS.size() - 1), rag));
		}
	}

	private static void measures(XWPFDocument document, PlanFacts plan) throws IOException {
		if (plan.measures().isEmpty()) {
			return;
		}
		paragraph(document, DocxStyles.HEADING_1, "Measures");
		for (MeasureFacts measure : plan.measures()) {
			paragraph(document, DocxStyles.HEADING_2, measure.measure().getTitle());
			WordMeasures.table(document, measure);
			measure.latestPosition().ifPresent(p -> paragraph(document, null, "Latest position " + Words.point(p)
					+ measure.standing(p).map(s -> ": " + Words.standing(s)).orElse("")));
			ChartPictures.add(document, measure);
		}
	}

	private static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
		return WordParts.paragraph(document, style, text);
	}
}
