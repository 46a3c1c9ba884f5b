package org.plans.dsl.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.plans.dsl.naming.PlansQualifiedNameConverter;

/** "Did you mean ...?": the declared name nearest to a misspelt one. */
public final class Suggestions {

	private Suggestions() {
	}

	/**
	 * The candidate nearest to {@code name} by edit distance, if it is near enough to be a typo;
	 * case does not count ({@code SJS} means {@code sjs}).
	 */
	public static Optional<String> closest(Iterable<IEObjectDescription> candidates, String name) {
		if (name == null || name.isEmpty()) {
			return Optional.empty();
		}
		int limit = Math.max(2, name.length() / 3);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		String lower = name.toLowerCase(Locale.ROOT);
		for (IEObjectDescription candidate : candidates) {
			String text = String.join(PlansQualifiedNameConverter.DELIMITER, candidate.getName().getSegments());
			int d = EditDistance.within(lower, text.toLowerCase(Locale.ROOT), limit);
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

	/**
	 * The declaration whose title begins with the words written where its id belongs
	 * ({@code lead Sarah-Jane Smedmor} for {@code person sjs "Sarah-Jane Smedmor"}): its id and
	 * title, if exactly one declaration's title does. {@code context} resolves the candidates.
	 */
	public static Optional<Titled> titled(Iterable<IEObjectDescription> candidates, String written, EObject context) {
		if (written == null || written.length() < 3) {
			return Optional.empty();
		}
		String lower = written.toLowerCase(Locale.ROOT);
		Titled found = null;
		for (IEObjectDescription candidate : candidates) {
			EStructuralFeature feature = candidate.getEClass().getEStructuralFeature("title");
			if (feature == null) {
				continue;
			}
			EObject declaration = EcoreUtil.resolve(candidate.getEObjectOrProxy(), context);
			if (declaration.eIsProxy() || !(declaration.eGet(feature) instanceof String title)) {
				continue;
			}
			String lowerTitle = title.toLowerCase(Locale.ROOT);
			if (lowerTitle.equals(lower) || lowerTitle.startsWith(lower + " ")) {
				// the same declaration is in scope by its short and its qualified name: keep the shorter
				String id = String.join(PlansQualifiedNameConverter.DELIMITER, candidate.getName().getSegments());
				if (found == null || found.declaration() == declaration && id.length() < found.id().length()) {
					found = new Titled(id, title, declaration);
				} else if (found.declaration() != declaration) {
					return Optional.empty();
				}
			}
		}
		return Optional.ofNullable(found);
	}

	/** A declaration, the id that names it from here, and its title. */
	public record Titled(String id, String title, EObject declaration) {
	}
}
