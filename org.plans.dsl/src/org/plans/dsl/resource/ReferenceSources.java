package org.plans.dsl.resource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The objects of a file whose references its index entry describes (links into other files),
 * kept from one entry to the next, so that after an in-place edit the entry reads these, the
 * objects the edit linked again and the new element, not every object of the file. Any other
 * linking (a load, the whole file linked again) forgets them: the next entry reads the file whole.
 */
public final class ReferenceSources {

	private List<EObject> known;

	private final Set<EObject> touched = Collections.newSetFromMap(new IdentityHashMap<>());

	/** The whole file must be read for the next entry. */
	void forget() {
		known = null;
		touched.clear();
	}

	/**
	 * A linking kept every link outside the new element, except links whose target was not a
	 * resolved object in a file. Those objects were linked again, but can have no other link into
	 * another file than they had: the names in scope are those they were linked against (the edit
	 * exported the same names, and no other file changed with it), and a target replaced in
	 * another file is a proxy the entry still describes, so the object is already known. Only the
	 * new element's objects are new.
	 */
	void linked(KeptLinks kept) {
		EObject replacement = kept.replacement();
		if (known != null && replacement != null) {
			touched.add(replacement);
			replacement.eAllContents().forEachRemaining(touched::add);
		}
	}

	/**
	 * The objects of {@code resource} to read for its reference descriptions, in the file's tree
	 * order; null when the whole file must be read.
	 */
	public List<EObject> candidates(Resource resource) {
		if (known == null) {
			return null;
		}
		Set<EObject> all = Collections.newSetFromMap(new IdentityHashMap<>());
		all.addAll(known);
		all.addAll(touched);
		List<EObject> inFile = new ArrayList<>();
		for (EObject obj : all) {
			if (obj.eResource() == resource) {
				inFile.add(obj);
			}
		}
		return TreeOrder.sort(resource, inFile);
	}

	/** The entry just made found references to describe on these objects (in tree order) and no others. */
	public void described(List<EObject> sources) {
		known = List.copyOf(sources);
		touched.clear();
	}
}
