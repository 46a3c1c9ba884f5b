package org.plans.dsl.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.resource.impl.ResourceSetBasedResourceDescriptions;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.plans.PlansPackage;

import com.google.inject.Inject;

/**
 * The {@link PlanFacts} of the plan an element belongs to, over all its files (those the index
 * knows are loaded if need be), built once and shared by every rule until one of the plan's files changes (each file's change stamp lives in Xtext's
 * per-resource cache, which is cleared when the file is edited).
 */
public class PlanFactsCache {

	private static final String STAMP = PlanFactsCache.class.getName() + ".stamp";

	@Inject
	private IResourceScopeCache resourceCache;

	@Inject
	private ResourceDescriptionsProvider index;

	private record Entry(List<Object> stamp, PlanFacts facts) {
	}

	private static final class Holder extends AdapterImpl {
		final Map<String, Entry> byPlan = new HashMap<>();

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Holder.class;
		}
	}

	/** The facts of the plan {@code obj} belongs to, over all that plan's files in the resource set. */
	public PlanFacts of(EObject obj) {
		return of(obj, Unchanged.NOTHING);
	}

	/**
	 * As {@link #of(EObject)}; when the facts must be built again, what {@code unchangedHere}
	 * says the edits of {@code obj}'s file cannot have changed, and the actions of files not
	 * changed since, are taken from the facts built before (an editor's edit changes little).
	 */
	public PlanFacts of(EObject obj, Unchanged unchangedHere) {
		EObject root = EcoreUtil.getRootContainer(obj);
		if (!(root instanceof PlanFile file)) {
			throw new IllegalArgumentException("Not part of a plan file: " + obj);
		}
		if (file.getPlan() == null || file.getPlan().getName() == null || file.eResource() == null
				|| file.eResource().getResourceSet() == null) {
			return PlanFacts.of(file);
		}
		ResourceSet resourceSet = file.eResource().getResourceSet();
		String id = file.getPlan().getName();
		Map<String, List<PlanFile>> loaded = LoadedPlanFiles.of(resourceSet);
		if (loaded != null) {
			return cached(resourceSet, id, loaded.getOrDefault(id, List.of(file)), file.eResource(), unchangedHere);
		}
		loadOtherFiles(resourceSet, id);
		List<PlanFile> files = new ArrayList<>();
		for (Resource resource : Plans.resources(resourceSet)) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PlanFile other
					&& other.getPlan() != null && Objects.equals(id, other.getPlan().getName())) {
				files.add(other);
			}
		}
		return cached(resourceSet, id, files, file.eResource(), unchangedHere);
	}

	/** The facts of plan {@code id} made of {@code files}: those kept if none of the files changed since. */
	private PlanFacts cached(ResourceSet resourceSet, String id, List<PlanFile> files, Resource here,
			Unchanged unchangedHere) {
		List<Object> stamp = new ArrayList<>();
		for (PlanFile other : files) {
			stamp.add(other);
			stamp.add(resourceCache.get(STAMP, other.eResource(), Object::new));
		}
		Holder holder = holder(resourceSet);
		synchronized (holder) {
			Entry entry = holder.byPlan.get(id);
			if (entry == null || !entry.stamp().equals(stamp)) {
				PlanFacts facts = entry == null ? PlanFacts.of(id, files)
						: PlanFacts.of(id, files, entry.facts(), unchanged(entry.stamp(), stamp, here, unchangedHere));
				entry = new Entry(stamp, facts);
				holder.byPlan.put(id, entry);
			}
			return entry.facts();
		}
	}

	/** Every plan in the resource set, in the order their first file was loaded, from the cache where it can be. */
	public List<PlanFacts> all(ResourceSet resourceSet) {
		Map<String, List<PlanFile>> loaded = LoadedPlanFiles.of(resourceSet);
		if (loaded == null) {
			Map<String, List<PlanFile>> before = LoadedPlanFiles.group(resourceSet);
			before.keySet().forEach(id -> loadOtherFiles(resourceSet, id));
			loaded = LoadedPlanFiles.group(resourceSet);
			loaded.keySet().retainAll(before.keySet());
		}
		List<PlanFacts> result = new ArrayList<>();
		loaded.forEach((id, files) -> result.add(cached(resourceSet, id, files, null, Unchanged.NOTHING)));
		return result;
	}

	/**
	 * What cannot have changed between the two stamps: the actions of an unchanged file, and what
	 * {@code unchangedHere} accepts when no other file changed.
	 */
	private static Unchanged unchanged(List<Object> before, List<Object> now, Resource here, Unchanged unchangedHere) {
		Map<Object, Object> stampBefore = new IdentityHashMap<>();
		for (int i = 0; i + 1 < before.size(); i += 2) {
			stampBefore.put(before.get(i), before.get(i + 1));
		}
		Set<Resource> same = new HashSet<>();
		boolean othersSame = before.size() == now.size();
		for (int i = 0; i + 1 < now.size(); i += 2) {
			Resource file = ((PlanFile) now.get(i)).eResource();
			if (stampBefore.get(now.get(i)) == now.get(i + 1)) {
				same.add(file);
			} else if (file != here) {
				othersSame = false;
			}
		}
		boolean onlyHere = othersSame && here != null;
		return new Unchanged() {

			@Override
			public boolean action(Action action) {
				return same.contains(action.eResource()) || action.eResource() == here && unchangedHere.action(action);
			}

			@Override
			public boolean derived(Object key) {
				return onlyHere && unchangedHere.derived(key);
			}
		};
	}

	/**
	 * Loads the plan's files that the index knows but the resource set does not hold yet (a
	 * language server loads only the files being edited): whole-plan rules need them all.
	 */
	private void loadOtherFiles(ResourceSet resourceSet, String id) {
		IResourceDescriptions known = index.getResourceDescriptions(resourceSet);
		if (known instanceof ResourceSetBasedResourceDescriptions
				&& ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(resourceSet) == null) {
			return; // the index is the resource set itself: every file it knows is loaded
		}
		for (IEObjectDescription plan : known.getExportedObjects(PlansPackage.Literals.PLAN, QualifiedName.create(id), false)) {
			URI uri = plan.getEObjectURI().trimFragment();
			if (resourceSet.getResource(uri, false) == null) {
				resourceSet.getResource(uri, true);
			}
		}
	}

	private static synchronized Holder holder(ResourceSet resourceSet) {
		Holder holder = (Holder) EcoreUtil.getExistingAdapter(resourceSet, Holder.class);
		if (holder == null) {
			holder = new Holder();
			resourceSet.eAdapters().add(holder);
		}
		return holder;
	}
}
