package org.plans.dsl.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.plans.dsl.generator.FileNames;
import org.plans.dsl.importer.detect.ColumnRole;
import org.plans.dsl.importer.detect.DateReader;
import org.plans.dsl.importer.detect.Mapping;
import org.plans.dsl.importer.source.Block;
import org.plans.dsl.importer.source.SourceReader;
import org.plans.dsl.importer.write.Ids;

/**
 * {@code plans import}: turns a plan kept as Word, Excel, CSV, Markdown or tab-separated
 * tables into plan text. Nothing is dropped: what it cannot place becomes a note where it
 * was found.
 */
public final class Importer {

	/** The plan text and what the import found. */
	public record Result(String text, ImportSummary summary) {
	}

	private final Set<String> keywords;

	/** @param keywords the language's keywords, which ids must avoid */
	public Importer(Set<String> keywords) {
		this.keywords = keywords;
	}

	/** An importer that avoids the keywords of the language the injector speaks. */
	public static Importer of(com.google.inject.Injector injector) {
		org.eclipse.xtext.IGrammarAccess grammar = injector.getInstance(org.eclipse.xtext.IGrammarAccess.class);
		return new Importer(org.eclipse.xtext.GrammarUtil.getAllKeywords(grammar.getGrammar()));
	}

	public Result importFile(Path file, Mapping mapping) throws IOException {
		return importBlocks(SourceReader.forFile(file).read(file), file.getFileName().toString(), mapping);
	}

	public Result importBlocks(List<Block> blocks, String sourceName, Mapping mapping) {
		Ids ids = new Ids(keywords);
		String planId = mapping.get("plan.id").orElseGet(() -> FileNames.safe(sourceName.replaceFirst("\\.[^.]*$", "")));
		ids.unique(planId);
		ImportedPlan plan = new PlanBuilder(mapping, ids).build(blocks);
		mapping.get("plan.title").ifPresent(plan::title);
		String progressDate = mapping.get("as-of").orElseGet(() -> progressDate(blocks, mapping));
		PlanWriter writer = new PlanWriter(plan, planId, progressDate);
		String text = writer.write(sourceName);
		return new Result(text, writer.summary());
	}

	/** The date of the progress column when its header gives one ("Progress - at July 2015"). */
	private static String progressDate(List<Block> blocks, Mapping mapping) {
		for (Block block : blocks) {
			if (block instanceof Block.Table table) {
				for (Block.Row row : table.rows()) {
					for (String cell : row.cells()) {
						ColumnRole role = mapping.roleOf(cell).orElseGet(() -> ColumnRole.of(cell));
						if (role == ColumnRole.PROGRESS && DateReader.isDate(cell)) {
							String date = DateReader.read(cell);
							return date.split(" ")[0];
						}
					}
				}
			}
		}
		return null;
	}
}
