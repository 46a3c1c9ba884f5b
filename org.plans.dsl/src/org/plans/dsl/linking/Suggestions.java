package org.plans.dsl.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.resource.IEObjectDescription;
import org.plans.dsl.naming.PlansQualifiedNameConverter;

/** "Did you mean ...?": the declared name nearest to a misspelt one. */
public final class Suggestions {

	private Suggestions() {
	}

	/** The candidate nearest to {@code name} by edit distance, if it is near enough to be a typo. */
	public static Optional<String> closest(Iterable<IEObjectDescription> candidates, String name) {
		if (name == null || name.isEmpty()) {
			return Optional.empty();
		}
		int limit = Math.max(2, name.length() / 3);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (IEObjectDescription candidate : candidates) {
			String text = String.join(PlansQualifiedNameConverter.DELIMITER, candidate.getName().getSegments());
			int d = EditDistance.within(name, text, limit);
			if (d >= 0 && (d < bestDistance || d == bestDistance && text.length() < best.length())) {
				best = text;
				bestDistance = d;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Qualified names ({@code plan::name}) whose last part is exactly {@code name}: the same name in other plans. */
	public static List<String> qualified(Iterable<IEObjectDescription> candidates, String name) {
		List<String> result = new ArrayList<>();
		for (IEObjectDescription candidate : candidates) {
			if (candidate.getName().getSegmentCount() > 1 && candidate.getName().getLastSegment().equals(name)) {
				String text = String.join(PlansQualifiedNameConverter.DELIMITER, candidate.getName().getSegments());
				if (!result.contains(text)) {
					result.add(text);
				}
			}
		}
		return result;
	}
}
