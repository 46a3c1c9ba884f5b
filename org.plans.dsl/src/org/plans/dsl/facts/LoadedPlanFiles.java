package org.plans.dsl.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plans.dsl.plans.PlanFile;

/**
 * A resource set's plan files grouped by plan id, for a time when no file is added, removed or
 * changed (a command line's load and validation). Without it every whole-plan rule looked
 * through every loaded file for the plan's others: quadratic in the number of files.
 */
public final class LoadedPlanFiles extends AdapterImpl {

	private final Map<String, List<PlanFile>> byPlan;

	private LoadedPlanFiles(Map<String, List<PlanFile>> byPlan) {
		this.byPlan = byPlan;
	}

	/** Every plan's files in load order, the plans in the order their first file was loaded. */
	public static Map<String, List<PlanFile>> group(ResourceSet resourceSet) {
		Map<String, List<PlanFile>> byPlan = new LinkedHashMap<>();
		for (Resource resource : Plans.resources(resourceSet)) {
			for (EObject root : resource.getContents()) {
				if (root instanceof PlanFile file && file.getPlan() != null && file.getPlan().getName() != null) {
					byPlan.computeIfAbsent(file.getPlan().getName(), k -> new ArrayList<>()).add(file);
				}
			}
		}
		return byPlan;
	}

	/** Groups the files now and keeps the groups on the resource set until {@link #remove}. */
	public static LoadedPlanFiles attach(ResourceSet resourceSet) {
		LoadedPlanFiles files = new LoadedPlanFiles(group(resourceSet));
		resourceSet.eAdapters().add(files);
		return files;
	}

	/** The groups kept on the resource set, or null when none are. */
	static Map<String, List<PlanFile>> of(ResourceSet resourceSet) {
		Object files = EcoreUtil.getExistingAdapter(resourceSet, LoadedPlanFiles.class);
		return files instanceof LoadedPlanFiles loaded ? loaded.byPlan : null;
	}

	public void remove() {
		if (getTarget() instanceof ResourceSet resourceSet) {
			resourceSet.eAdapters().remove(this);
		}
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == LoadedPlanFiles.class;
	}
}
