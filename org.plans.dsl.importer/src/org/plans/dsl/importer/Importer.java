package org.plans.dsl.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.plans.dsl.formatting2.PlanFormatting;
import org.plans.dsl.importer.detect.ColumnRole;
import org.plans.dsl.importer.detect.Columns;
import org.plans.dsl.importer.detect.DateReader;
import org.plans.dsl.importer.detect.Mapping;
import org.plans.dsl.importer.detect.Quote;
import org.plans.dsl.importer.source.Block;
import org.plans.dsl.importer.source.SourceReader;
import org.plans.dsl.importer.write.Ids;
import org.plans.dsl.naming.FileNames;

import com.google.inject.Injector;

/**
 * {@code plans import}: turns a plan kept as Word, Excel, OpenDocument, PDF, HTML, CSV, Markdown or
 * tab-separated text into plan text. Nothing is dropped: what it cannot place becomes a note where it
 * was found.
 */
public final class Importer {

	/** The plan text and what the import found. */
	public record Result(String text, ImportSummary summary, List<RowFate> rows) {
	}

	private final Set<String> keywords;
	private final Quote quote;
	private final UnaryOperator<String> formatter;

	/**
	 * @param keywords the language's keywords, which ids must avoid
	 * @param quote writes text as the language's quoted strings
	 * @param formatter lays out the written plan text
	 */
	public Importer(Set<String> keywords, Quote quote, UnaryOperator<String> formatter) {
		this.keywords = keywords;
		this.quote = quote;
		this.formatter = formatter;
	}

	/** An importer that avoids the language's keywords and lays out its plans with the project's formatter. */
	public static Importer of(Injector injector) {
		IGrammarAccess grammar = injector.getInstance(IGrammarAccess.class);
		PlanFormatting formatting = injector.getInstance(PlanFormatting.class);
		return new Importer(GrammarUtil.getAllKeywords(grammar.getGrammar()), injector.getInstance(Quote.class),
				text -> formatting.format(text, "imported.plan").text());
	}

	public Result importFile(Path file, Mapping mapping) throws IOException {
		return importBlocks(SourceReader.forFile(file).read(file), file.getFileName().toString(), mapping);
	}

	public Result importBlocks(List<Block> blocks, String sourceName, Mapping mapping) {
		Ids ids = new Ids(keywords);
		// a file named plan.csv must not give the keyword 'plan' as the id
		String planId = ids.unique(mapping.get("plan.id").orElseGet(() -> FileNames.safe(sourceName.replaceFirst("\\.[^.]*$", ""))));
		DateReader dates = new DateReader(quote);
		ImportedPlan plan = new PlanBuilder(mapping, ids, dates).build(blocks);
		mapping.get("plan.title").ifPresent(plan::title);
		String progressDate = mapping.get("as-of").orElseGet(() -> progressDate(blocks, mapping));
		if (progressDate == null) {
			progressDate = plan.progressDate;
		}
		PlanWriter writer = new PlanWriter(plan, quote, planId, progressDate);
		String text = formatter.apply(writer.write(sourceName));
		return new Result(text, writer.summary(), plan.rowsWritten());
	}

	/** The date of the progress column when its header gives one ("Progress - at July 2015"). */
	private static String progressDate(List<Block> blocks, Mapping mapping) {
		for (Block block : blocks) {
			if (block instanceof Block.Table table) {
				// only header rows: a data cell "Update (Mar 2024): …" dates its own update, not the plan
				// a column per period ("Q1 update", "Q2 update") dates each period's update, not the plan
				for (Block.Row row : table.rows().stream().filter(r -> Columns.fromHeader(r, mapping)
						.filter(c -> !c.hasPeriods()).isPresent()).toList()) {
					for (String cell : row.cells()) {
						ColumnRole role = mapping.roleOf(cell).orElseGet(() -> ColumnRole.of(cell));
						if (role == ColumnRole.PROGRESS && DateReader.plainDate(cell) != null) {
							return DateReader.plainDate(cell);
						}
					}
				}
			}
		}
		return null;
	}
}
