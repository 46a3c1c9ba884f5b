package org.plans.dsl.generator;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.naming.FileNames;

/**
 * Two plans in one run whose files would have the same name: plan {@code x}'s measures file
 * {@code x-measures.csv} and plan {@code x-measures}'s {@code x-measures.csv}; the board report
 * {@code demo-report.html} and plan {@code demo-report}'s page. Found before anything is written,
 * so that neither is overwritten and the message names both plans; ordinary plans keep their
 * file names.
 */
public final class OutputNameClashes {

	/** A file one target writes with a suffix that another target's plain file name may equal. */
	private record Suffixed(String target, String stem, String extension, String plainTarget, String what) {
	}

	private static final List<Suffixed> SUFFIXED = List.of(
			new Suffixed("csv", "-measures", ".csv", "csv", "measures CSV"),
			new Suffixed("report", "-report", ".html", "html", "board report"),
			new Suffixed("report-docx", "-report", ".docx", "docx", "board report in Word"));

	private OutputNameClashes() {
	}

	/** The first clash among {@code plans} for the chosen {@code targets}, as a message saying how to resolve it. */
	public static Optional<String> find(List<PlanFacts> plans, Set<String> targets) {
		for (Suffixed suffixed : SUFFIXED) {
			if (!targets.contains(suffixed.target()) || !targets.contains(suffixed.plainTarget())) {
				continue;
			}
			// each plan's plain file name, as a case-insensitive file system compares it; read once, not per pair
			Map<String, PlanFacts> plain = new HashMap<>();
			plans.forEach(p -> plain.putIfAbsent(folded(FileNames.safe(p.id()) + suffixed.extension()), p));
			for (PlanFacts plan : plans) {
				if (suffixed.target().equals("csv") && plan.measures().isEmpty()) {
					continue; // no measures, no measures file
				}
				String file = FileNames.safe(plan.id()) + suffixed.stem() + suffixed.extension();
				PlanFacts other = plain.get(folded(file));
				if (other != null && other != plan) {
					return Optional.of("plans " + plan.id() + " and " + other.id() + " would both write " + file
							+ " (the " + suffixed.what() + " of plan " + plan.id() + ", and the " + suffixed.plainTarget()
							+ " file of plan " + other.id() + "): nothing written. Rename plan " + other.id()
							+ " (for example to " + other.id() + "-plan), or generate the two into different --out directories");
				}
			}
		}
		return Optional.empty();
	}

	private static String folded(String fileName) {
		return fileName.toLowerCase(Locale.ROOT);
	}
}
