package org.plans.dsl.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plans.dsl.importer.detect.ColumnRole;
import org.plans.dsl.importer.detect.HeadingReader;

/** How priorities and objectives are named: "1. WORKFORCE", "Objective: …", and which block a name means. */
final class SectionNames {

	/** A numbered heading: "1. WORKFORCE". */
	static final Pattern SECTION = Pattern.compile("^([0-9]{1,2})\\.\\s+(\\S.{0,100})$");
	/** An objective line: "Objective 2: …". */
	/** A heading over the plan's own measure tables ("Key performance indicators"). */
	static final Pattern MEASURES = Pattern.compile("(?i)(?:key |our )?(?:performance )?(?:measures|indicators|kpis)"
			+ "|key performance indicators|how we will measure (?:progress|success)");
	static final Pattern OBJECTIVE = Pattern.compile("(?i)^objective\\s*([0-9.]*[a-z]?)\\s*[:.\\-–]\\s*(.+)$");

	private SectionNames() {
	}

	/** True if the block is the one a section column names: by its title, its heading or its number. */
	static boolean names(ImportedSection section, String name) {
		String n = ColumnRole.normalise(name);
		Optional<HeadingReader.Heading> heading = HeadingReader.read(name);
		Matcher numbered = SECTION.matcher(name);
		String number = heading.map(HeadingReader.Heading::number).orElse(numbered.matches() ? numbered.group(1)
				: name.matches("[0-9]{1,2}|[A-Z]") ? name : null);
		return n.equals(ColumnRole.normalise(section.title)) || n.equals(ColumnRole.normalise(section.source))
				|| number != null && number.equalsIgnoreCase(section.number);
	}

}
