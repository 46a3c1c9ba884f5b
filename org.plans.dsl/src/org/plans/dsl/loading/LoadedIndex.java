package org.plans.dsl.loading;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.resource.impl.ResourceSetBasedResourceDescriptions;
import org.plans.dsl.facts.LoadedPlanFiles;
import org.plans.dsl.facts.Plans;

/**
 * An index of the files just loaded, by exported name, for the time they are linked and
 * validated. Without it every look-up of another file's name (linking, {@code uses}, a plan's
 * other files) walked the description of every loaded file: 3,000 one-plan files took minutes.
 * The plan files are grouped by plan once too ({@link LoadedPlanFiles}). Both are removed again
 * afterwards, so callers that load more files later see the resource set as before. A resource
 * set that already has an index (an editor's) is left alone.
 */
final class LoadedIndex implements AutoCloseable {

	private final ResourceSet resourceSet;

	private final ResourceDescriptionsData.ResourceSetAdapter adapter;

	private final LoadedPlanFiles planFiles;

	private LoadedIndex(ResourceSet resourceSet, ResourceDescriptionsData.ResourceSetAdapter adapter,
			LoadedPlanFiles planFiles) {
		this.resourceSet = resourceSet;
		this.adapter = adapter;
		this.planFiles = planFiles;
	}

	/**
	 * Indexes the resource set's files; groups their plans too when the language's index is the
	 * resource set itself (as on the command line: it knows no file that is not loaded).
	 */
	static LoadedIndex install(ResourceSet resourceSet, IResourceDescription.Manager manager,
			ResourceDescriptionsProvider index) {
		if (ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(resourceSet) != null) {
			return new LoadedIndex(resourceSet, null, null);
		}
		List<IResourceDescription> described = new ArrayList<>();
		for (Resource resource : Plans.resources(resourceSet)) {
			described.add(manager.getResourceDescription(resource));
		}
		ResourceDescriptionsData.ResourceSetAdapter adapter = new ResourceDescriptionsData.ResourceSetAdapter(
				new ResourceDescriptionsData(described));
		resourceSet.eAdapters().add(adapter);
		boolean onlyLoaded = index.getResourceDescriptions(resourceSet) instanceof ResourceSetBasedResourceDescriptions;
		return new LoadedIndex(resourceSet, adapter, onlyLoaded ? LoadedPlanFiles.attach(resourceSet) : null);
	}

	@Override
	public void close() {
		if (adapter != null) {
			resourceSet.eAdapters().remove(adapter);
		}
		if (planFiles != null) {
			planFiles.remove();
		}
	}
}
