package org.plans.dsl.generator.diff;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.ProgressFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.diff.PlanChange.Kind;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.Source;

/**
 * What changed between two versions of one plan, read from the facts of each: actions added,
 * removed and renumbered (paired by {@link ActionPairs}), deadlines moved (with the slippage in
 * days), leads, RAG and status changed, new progress entries, measure positions added, targets
 * changed, and recommendations newly covered or left uncovered. Given the versions before the new
 * one (earlier board papers, the commits that changed the plan), a deadline that slipped in more
 * than one of their steps is flagged as slipped again ({@link PlanHistory}).
 */
public final class PlanDiff {

	private PlanDiff() {
	}

	public static List<PlanChange> between(PlanFacts old, PlanFacts now) {
		return between(old, now, List.of());
	}

	/** The changes from {@code old} (in {@code earlier}) to {@code now}, with the history {@code earlier} carries. */
	public static List<PlanChange> between(PlanFacts old, PlanFacts now, GenerationContext.Earlier earlier) {
		return between(old, now, PlanComparison.versionsOf(now.id(), earlier.history()));
	}

	/**
	 * The changes from {@code old} to {@code now}; {@code earlier} are the versions of the plan before
	 * {@code now}, oldest first, in which repeated slippage is looked for (none: just {@code old}).
	 */
	public static List<PlanChange> between(PlanFacts old, PlanFacts now, List<PlanFacts> earlier) {
		List<PlanFacts> versions = new ArrayList<>(earlier.isEmpty() ? List.of(old) : earlier);
		versions.add(now);
		PlanHistory history = new PlanHistory(versions);
		List<PlanChange> changes = new ArrayList<>();
		ActionPairs pairs = new ActionPairs(old, now);
		pairs.added.forEach(a -> changes.add(change(Kind.ADDED, now, a, "", a.due().describe())));
		pairs.removed.forEach(a -> changes.add(change(Kind.REMOVED, old, a, a.due().describe(), "")));
		pairs.pairs.forEach((before, after) -> actionChanges(old, before, now, after, history, changes));
		measureChanges(old, now, changes);
		sourceChanges(old, now, changes);
		changes.sort(Comparator.comparing(PlanChange::kind));
		return List.copyOf(changes);
	}

	private static void actionChanges(PlanFacts old, ActionFacts before, PlanFacts now, ActionFacts after,
			PlanHistory history, List<PlanChange> changes) {
		String was = old.key(before);
		String is = now.key(after);
		if (!was.equals(is)) {
			changes.add(new PlanChange(Kind.RENUMBERED, is, after.title(), was, is, ""));
		}
		if (!before.deadline().equals(after.deadline()) || !before.due().describe().equals(after.due().describe())) {
			String slippage = slippage(before.deadline(), after.deadline());
			List<String> deadlines = slippage.startsWith("slipped") ? history.repeatedSlippage(after) : List.of();
			String note = deadlines.isEmpty() ? slippage
					: slippage + "; slipped again, moved " + (deadlines.size() - 1) + " times: " + String.join(" → ", deadlines);
			changes.add(new PlanChange(Kind.DEADLINE, is, after.title(), before.due().describe(), after.due().describe(),
					note, deadlines));
		}
		compare(Kind.LEAD, is, after.title(), leads(before), leads(after), changes);
		compare(Kind.RAG, is, after.title(), before.latestRag().map(Words::rag).orElse(""),
				after.latestRag().map(Words::rag).orElse(""), changes);
		compare(Kind.STATUS, is, after.title(), Words.status(before.status()), Words.status(after.status()), changes);
		Set<String> known = before.progressFacts().stream().map(PlanDiff::progress).collect(Collectors.toSet());
		after.progressFacts().stream().map(PlanDiff::progress).filter(p -> !known.contains(p))
				.forEach(p -> changes.add(new PlanChange(Kind.PROGRESS, is, after.title(), "", p, "")));
		compare(Kind.TARGET, is, after.title(), join(before.targets().stream().map(Words::target).toList()),
				join(after.targets().stream().map(Words::target).toList()), changes);
	}

	private static void measureChanges(PlanFacts old, PlanFacts now, List<PlanChange> changes) {
		Map<String, MeasureFacts> before = old.measures().stream()
				.collect(Collectors.toMap(m -> m.measure().getName(), Function.identity(), (a, b) -> a));
		for (MeasureFacts after : now.measures()) {
			MeasureFacts was = before.get(after.measure().getName());
			Set<String> known = was == null ? Set.of()
					: was.positions().stream().map(Words::point).collect(Collectors.toSet());
			String id = after.measure().getName();
			after.positions().stream().map(Words::point).filter(p -> !known.contains(p))
					.forEach(p -> changes.add(new PlanChange(Kind.POSITION, id, after.measure().getTitle(), "", p, "")));
			if (was != null) {
				compare(Kind.TARGET, id, after.measure().getTitle(), join(was.targets().stream().map(Words::target).toList()),
						join(after.targets().stream().map(Words::target).toList()), changes);
			}
		}
	}

	private static void sourceChanges(PlanFacts old, PlanFacts now, List<PlanChange> changes) {
		Set<String> before = names(old.addressed());
		Set<String> after = names(now.addressed());
		for (Source source : now.sources()) {
			if (after.contains(source.getName()) && !before.contains(source.getName())) {
				changes.add(new PlanChange(Kind.COVERED, source.getName(), source.getText(), "", "addressed", ""));
			}
		}
		for (Source source : old.sources()) {
			if (before.contains(source.getName()) && !after.contains(source.getName())) {
				changes.add(new PlanChange(Kind.UNCOVERED, source.getName(), source.getText(), "addressed", "", ""));
			}
		}
	}

	private static Set<String> names(Set<Source> sources) {
		return sources.stream().map(Source::getName).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static void compare(Kind kind, String subject, String title, String before, String after,
			List<PlanChange> changes) {
		if (!Objects.equals(before, after)) {
			changes.add(new PlanChange(kind, subject, title, before, after, ""));
		}
	}

	/** "slipped 92 days", "brought forward 30 days", or "" when either deadline is unknown. */
	static String slippage(Optional<LocalDate> before, Optional<LocalDate> after) {
		if (before.isEmpty() || after.isEmpty()) {
			return "";
		}
		long days = ChronoUnit.DAYS.between(before.get(), after.get());
		if (days == 0) {
			return "";
		}
		return days > 0 ? "slipped " + days + (days == 1 ? " day" : " days")
				: "brought forward " + -days + (days == -1 ? " day" : " days");
	}

	private static PlanChange change(Kind kind, PlanFacts plan, ActionFacts action, String before, String after) {
		return new PlanChange(kind, plan.key(action), action.title(), before, after, "");
	}

	private static String leads(ActionFacts action) {
		return join(action.leads().stream().map(Words::party).toList());
	}

	/** "2024-09 amber: Fewer applicants than hoped". */
	private static String progress(ProgressFacts progress) {
		String date = progress.date() == null ? "undated" : progress.date();
		return date + progress.rag().map(r -> " " + r.getLiteral()).orElse("")
				+ (progress.text() == null ? "" : ": " + progress.text());
	}

	private static String join(List<String> values) {
		return String.join("; ", values);
	}
}
