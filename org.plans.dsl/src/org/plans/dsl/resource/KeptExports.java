package org.plans.dsl.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IEObjectDescription;

/**
 * The copies of a file's exported objects the index was last given, and the one element an
 * in-place edit replaced since, so that the next copy takes the old copies outside it and copies
 * only the new element's. Sound because such an edit (links kept) exports the same names as
 * the old element, at the same place in the same list: every other object keeps its name and
 * its path. Forgotten on any other change, or a second edit before the next copy.
 */
final class KeptExports {

	private List<IEObjectDescription> copies;

	private List<String> fragments;

	private String replacedPath;

	private EObject replacement;

	void forget() {
		copies = null;
		fragments = null;
		replacedPath = null;
		replacement = null;
	}

	/** A linking that kept links after {@code kept} replaced one element. */
	void linked(KeptLinks kept, String path) {
		if (copies == null || replacement != null || kept.replacement() == null || path == null) {
			forget();
			return;
		}
		replacement = kept.replacement();
		replacedPath = path;
	}

	/**
	 * The copies for the file now, made from the last ones; null when they must be made from the
	 * whole file. {@code copy} makes the copies of descriptions of the new element.
	 */
	List<IEObjectDescription> kept(IDefaultResourceDescriptionStrategy strategy,
			Function<List<IEObjectDescription>, List<IEObjectDescription>> copy) {
		if (copies == null) {
			return null;
		}
		if (replacement == null) {
			return copies;
		}
		if (replacement.eResource() == null) {
			return null;
		}
		int from = -1;
		int to = -1;
		for (int i = 0; i < copies.size(); i++) {
			String fragment = fragments.get(i);
			if (fragment != null && (fragment.equals(replacedPath) || fragment.startsWith(replacedPath + "/"))) {
				if (from < 0) {
					from = i;
				}
				to = i + 1;
			} else if (from >= 0) {
				break;
			}
		}
		List<IEObjectDescription> fresh = new ArrayList<>();
		collect(replacement, strategy, fresh);
		if (from < 0) {
			return fresh.isEmpty() ? copies : null;
		}
		if (fresh.size() != to - from) {
			return null;
		}
		List<IEObjectDescription> next = new ArrayList<>(copies.size());
		next.addAll(copies.subList(0, from));
		next.addAll(copy.apply(fresh));
		next.addAll(copies.subList(to, copies.size()));
		return next;
	}

	/** The copies just given to the index, for the file as it is. */
	void made(List<IEObjectDescription> made) {
		if (made == copies) {
			replacedPath = null;
			replacement = null;
			return;
		}
		List<String> madeFragments = new ArrayList<>(made.size());
		int kept = copies == null ? 0 : sharedStart(made);
		madeFragments.addAll(fragments == null ? List.of() : fragments.subList(0, kept));
		int keptEnd = copies == null ? 0 : sharedEnd(made, kept);
		for (int i = kept; i < made.size() - keptEnd; i++) {
			madeFragments.add(made.get(i).getEObjectURI().fragment());
		}
		if (keptEnd > 0) {
			madeFragments.addAll(fragments.subList(fragments.size() - keptEnd, fragments.size()));
		}
		copies = List.copyOf(made);
		fragments = madeFragments;
		replacedPath = null;
		replacement = null;
	}

	/** How many copies at the start of {@code made} are the last copies themselves. */
	private int sharedStart(List<IEObjectDescription> made) {
		int i = 0;
		while (i < made.size() && i < copies.size() && made.get(i) == copies.get(i)) {
			i++;
		}
		return i;
	}

	/** How many copies at the end of {@code made}, after {@code start}, are the last copies themselves. */
	private int sharedEnd(List<IEObjectDescription> made, int start) {
		int n = 0;
		while (n < made.size() - start && n < copies.size() - start
				&& made.get(made.size() - 1 - n) == copies.get(copies.size() - 1 - n)) {
			n++;
		}
		return n;
	}

	/** The copies made for the file as it is now, if no linking changed it since; else null. */
	List<IEObjectDescription> current() {
		return replacement == null ? copies : null;
	}

	/** The element's descriptions as the file's whole walk makes them (pruned where the strategy says). */
	private static void collect(EObject element, IDefaultResourceDescriptionStrategy strategy,
			List<IEObjectDescription> out) {
		if (!strategy.createEObjectDescriptions(element, out::add)) {
			return;
		}
		for (TreeIterator<EObject> contents = element.eAllContents(); contents.hasNext();) {
			if (!strategy.createEObjectDescriptions(contents.next(), out::add)) {
				contents.prune();
			}
		}
	}
}
