package org.plans.dsl.tests.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import org.plans.dsl.tests.support.TestFiles;

/**
 * Later board versions of the seed examples, each made by editing the one before as an officer
 * would between two boards; every edit must find its text exactly once, so a change to an example
 * cannot turn an edit into nothing.
 */
final class BoardRevisions {

	/** One version of a plan: the file name it is loaded as, and its text. */
	record Version(String file, String text) {
	}

	private static final String CAMBS = "cambridgeshire-ofsted-2024.plan";
	private static final String HILLINGDON = "hillingdon-csc-2015.plan";

	/** 0: the 2024 plan as of July; 1: October; 2: January; 3: Hillingdon as of July 2015; 4: October 2015. */
	static final List<Version> VERSIONS;

	static {
		Version july = new Version(CAMBS, example(CAMBS));
		Version october = edit(july,
				"as of 2024-07", "as of 2024-10",
				// 3.3 slips, its reason recorded as progress
				"due 2024-10\n        success \"Improved quality and consistency across the workforce\"",
				"due 2025-01\n        success \"Improved quality and consistency across the workforce\"",
				"bite-size sessions being offered to teams and service.\"\n",
				"bite-size sessions being offered to teams and service.\"\n"
						+ "        progress 2024-10 amber \"Deadline moved from 2024-10 to 2025-01: trainers not yet in post\"\n",
				// 1.1 goes red, and the caseload measure has a new position
				"progress 2024-07 \"Caseloads reducing currently at 29 during July 24 (Jan = 40+)\"\n",
				"progress 2024-07 \"Caseloads reducing currently at 29 during July 24 (Jan = 40+)\"\n"
						+ "        progress 2024-10 red \"Caseloads back up to 31 after two leavers\"\n",
				"    position 29 at 2024-07 \"Caseloads reducing currently at 29 during July 24\"\n",
				"    position 29 at 2024-07 \"Caseloads reducing currently at 29 during July 24\"\n    position 31 at 2024-10\n",
				// the mocking-bird model is dropped; the actions after it move up
				"    action 2.4 \"Implement the mocking-bird model\" {\n"
						+ "        outcome \"Building better relationships between children, young people and foster families\"\n"
						+ "        lead sd-corporate-parenting\n        due 2025-01\n"
						+ "        success \"Children living with foster carers build confidence, resilience within a caring community\"\n    }\n\n",
				"",
				"action 2.5 \"Provider framework", "action 2.4 \"Provider framework",
				"action 2.6 \"Quality assurance of placement", "action 2.5 \"Quality assurance of placement");
		Version january = edit(october,
				"as of 2024-10", "as of 2025-01",
				// 3.3 slips again
				"due 2025-01\n        success \"Improved quality and consistency across the workforce\"",
				"due 2025-03\n        success \"Improved quality and consistency across the workforce\"",
				"trainers not yet in post\"\n",
				"trainers not yet in post\"\n        progress 2025-01 red \"Deadline moved again, to 2025-03: the training budget was cut\"\n",
				"progress 2024-10 red \"Caseloads back up to 31 after two leavers\"\n",
				"progress 2024-10 red \"Caseloads back up to 31 after two leavers\"\n"
						+ "        progress 2025-01 amber \"Two permanent social workers started\"\n");
		Version hillingdon = new Version(HILLINGDON, example(HILLINGDON));
		Version hillingdonOctober = edit(hillingdon,
				"as of 2015-07", "as of 2015-10",
				"due 2015-07\n        progress 2015-07 \"A new Social Worker Job Profile",
				"due 2015-12\n        progress 2015-07 \"A new Social Worker Job Profile",
				"status on-hold \"until Transition plan agreed by the Leader\"",
				"status in-progress \"Transition plan agreed by the Leader in September\"\n"
						+ "        progress 2015-10 green \"Packs being written now that the Transition plan is agreed\"",
				"        lead hr\n        start 2015-05\n", "        lead ld\n        start 2015-05\n");
		VERSIONS = List.of(july, october, january, hillingdon, hillingdonOctober);
	}

	private BoardRevisions() {
	}

	private static String example(String file) {
		try {
			return Files.readString(TestFiles.examples().resolve(file));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code version} with each of {@code pairs} (text, replacement) replaced; each text must occur exactly once. */
	private static Version edit(Version version, String... pairs) {
		String text = version.text();
		for (int i = 0; i < pairs.length; i += 2) {
			int at = text.indexOf(pairs[i]);
			if (at < 0 || text.indexOf(pairs[i], at + 1) >= 0) {
				throw new IllegalStateException(version.file() + ": the edit's text is not there exactly once: " + pairs[i]);
			}
			text = text.substring(0, at) + pairs[i + 1] + text.substring(at + pairs[i].length());
		}
		return new Version(version.file(), text);
	}
}
