package org.plans.dsl.generator.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.PlanFacts;

/**
 * Which action of the old version is which of the new: the same {@code id}, else the same
 * reference with a similar title, else (a renumbered action) the most similar title, judged by
 * the words the titles share.
 */
final class ActionPairs {

	/** Titles sharing at least this share of their words are the same action. */
	static final double SIMILAR = 0.6;

	final Map<ActionFacts, ActionFacts> pairs = new LinkedHashMap<>();
	final List<ActionFacts> removed = new ArrayList<>();
	final List<ActionFacts> added = new ArrayList<>();

	ActionPairs(PlanFacts old, PlanFacts now) {
		List<ActionFacts> left = new ArrayList<>(old.actions());
		List<ActionFacts> right = new ArrayList<>(now.actions());
		match(left, right, a -> Optional.ofNullable(a.action().getId()), 0);
		match(left, right, a -> a.ref().isEmpty() ? Optional.empty() : Optional.of(a.ref()), SIMILAR / 2);
		for (ActionFacts before : List.copyOf(left)) {
			right.stream().filter(after -> similarity(before.title(), after.title()) >= SIMILAR)
					.max((x, y) -> Double.compare(similarity(before.title(), x.title()), similarity(before.title(), y.title())))
					.ifPresent(after -> pair(before, after, left, right));
		}
		removed.addAll(left);
		added.addAll(right);
	}

	private void match(List<ActionFacts> left, List<ActionFacts> right, Function<ActionFacts, Optional<String>> key,
			double minimum) {
		for (ActionFacts before : List.copyOf(left)) {
			Optional<String> k = key.apply(before);
			if (k.isEmpty()) {
				continue;
			}
			right.stream().filter(after -> key.apply(after).equals(k))
					.filter(after -> similarity(before.title(), after.title()) >= minimum).findFirst()
					.ifPresent(after -> pair(before, after, left, right));
		}
	}

	private void pair(ActionFacts before, ActionFacts after, List<ActionFacts> left, List<ActionFacts> right) {
		pairs.put(before, after);
		left.remove(before);
		right.remove(after);
	}

	/** The share of words two titles have in common (Jaccard), from 0 to 1. */
	static double similarity(String a, String b) {
		Set<String> x = words(a);
		Set<String> y = words(b);
		if (x.isEmpty() && y.isEmpty()) {
			return 1;
		}
		Set<String> common = new HashSet<>(x);
		common.retainAll(y);
		Set<String> all = new HashSet<>(x);
		all.addAll(y);
		return (double) common.size() / all.size();
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!w.isEmpty()) {
				words.add(w);
			}
		}
		return words;
	}
}
