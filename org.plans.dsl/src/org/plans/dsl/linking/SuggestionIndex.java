package org.plans.dsl.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.plans.dsl.naming.PlansQualifiedNameConverter;

/**
 * The names one kind of reference in one file can mean, indexed once for "did you mean"
 * (by length for {@link #closest}, by last segment for {@link #qualified}, by title for
 * {@link #titled}), so that thousands of unresolved references cost each a look-up, not a walk
 * of every declaration. At most {@link #MAX_SUGGESTED} references of a file get a suggestion
 * by spelling or title; the rest get the plain message.
 */
public final class SuggestionIndex {

	/** Unresolved references per file and kind of reference that are given a "did you mean". */
	public static final int MAX_SUGGESTED = 200;

	private static final AtomicLong BUILT = new AtomicLong();

	private record Name(String text, String lower, IEObjectDescription description) {
	}

	private final Map<Integer, List<Name>> byLength = new HashMap<>();
	private final Map<String, List<String>> qualifiedByLast = new HashMap<>();
	private final List<Name> names = new ArrayList<>();
	private TreeMap<String, List<Suggestions.Titled>> byTitle;
	private int suggested;

	private SuggestionIndex(Iterable<IEObjectDescription> candidates) {
		for (IEObjectDescription candidate : candidates) {
			String text = String.join(PlansQualifiedNameConverter.DELIMITER, candidate.getName().getSegments());
			Name name = new Name(text, text.toLowerCase(Locale.ROOT), candidate);
			names.add(name);
			byLength.computeIfAbsent(text.length(), n -> new ArrayList<>()).add(name);
			if (candidate.getName().getSegmentCount() > 1) {
				List<String> same = qualifiedByLast.computeIfAbsent(candidate.getName().getLastSegment(), n -> new ArrayList<>());
				if (!same.contains(text)) {
					same.add(text);
				}
			}
		}
		BUILT.incrementAndGet();
	}

	public static SuggestionIndex of(Iterable<IEObjectDescription> candidates) {
		return new SuggestionIndex(candidates);
	}

	/** How many indexes were built in this JVM: for the tests that check one is built per file and reference. */
	public static long built() {
		return BUILT.get();
	}

	/** Whether one more reference may be given a suggestion by spelling or title (counts it). */
	public synchronized boolean mayTryHarder() {
		return suggested++ < MAX_SUGGESTED;
	}

	/** As {@link Suggestions#qualified}. */
	public List<String> qualified(String name) {
		return qualifiedByLast.getOrDefault(name, List.of());
	}

	/** As {@link Suggestions#closest}: only names whose length is within the edit limit are compared. */
	public Optional<String> closest(String name) {
		if (name == null || name.isEmpty()) {
			return Optional.empty();
		}
		int limit = Math.max(2, name.length() / 3);
		String lower = name.toLowerCase(Locale.ROOT);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (int length = Math.max(0, name.length() - limit); length <= name.length() + limit; length++) {
			for (Name candidate : byLength.getOrDefault(length, List.of())) {
				int d = EditDistance.within(lower, candidate.lower(), limit);
				if (d >= 0 && (d < bestDistance || d == bestDistance && candidate.text().length() < best.length())) {
					best = candidate.text();
					bestDistance = d;
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/** As {@link Suggestions#titled}; the titles are read once, on the first call. */
	public synchronized Optional<Suggestions.Titled> titled(String written, EObject context) {
		if (written == null || written.length() < 3) {
			return Optional.empty();
		}
		if (byTitle == null) {
			byTitle = titles(context);
		}
		String lower = written.toLowerCase(Locale.ROOT);
		Suggestions.Titled found = null;
		for (Map.Entry<String, List<Suggestions.Titled>> entry : byTitle.subMap(lower, true, lower + "\uffff", true).entrySet()) {
			if (!entry.getKey().equals(lower) && !entry.getKey().startsWith(lower + " ")) {
				continue;
			}
			for (Suggestions.Titled titled : entry.getValue()) {
				if (found == null || found.declaration() == titled.declaration() && titled.id().length() < found.id().length()) {
					found = titled;
				} else if (found.declaration() != titled.declaration()) {
					return Optional.empty();
				}
			}
		}
		return Optional.ofNullable(found);
	}

	private TreeMap<String, List<Suggestions.Titled>> titles(EObject context) {
		TreeMap<String, List<Suggestions.Titled>> result = new TreeMap<>();
		for (Name name : names) {
			EStructuralFeature feature = name.description().getEClass().getEStructuralFeature("title");
			if (feature == null) {
				continue;
			}
			EObject declaration = EcoreUtil.resolve(name.description().getEObjectOrProxy(), context);
			if (!declaration.eIsProxy() && declaration.eGet(feature) instanceof String title) {
				result.computeIfAbsent(title.toLowerCase(Locale.ROOT), t -> new ArrayList<>())
						.add(new Suggestions.Titled(name.text(), title, declaration));
			}
		}
		return result;
	}
}
