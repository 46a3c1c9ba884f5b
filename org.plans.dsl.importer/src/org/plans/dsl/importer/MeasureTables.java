package org.plans.dsl.importer;

import org.plans.dsl.importer.detect.HeadingReader;
import org.plans.dsl.importer.detect.MeasureColumns;
import org.plans.dsl.importer.detect.SidewaysMeasures;
import org.plans.dsl.importer.source.Block;

/** Where measure tables stand: a plain line or a sheet's name right above one is its heading. */
final class MeasureTables {

	private MeasureTables() {
	}

	/** True if {@code text} is a plain line (no section heading) right above a table that starts with a measure header. */
	static boolean headsMeasureTable(String text, Block next) {
		if (!(next instanceof Block.Table table) || text.length() > 80 || HeadingReader.read(text).isPresent()
				|| SectionNames.SECTION.matcher(text).matches() || SectionNames.OBJECTIVE.matcher(text).matches()) {
			return false;
		}
		return table.rows().stream().filter(row -> !row.isBlank()).findFirst()
				.flatMap(MeasureColumns::fromHeader).isPresent() || SidewaysMeasures.turned(table).isPresent();
	}

}
