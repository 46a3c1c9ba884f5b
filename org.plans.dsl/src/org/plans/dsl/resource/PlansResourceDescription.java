package org.plans.dsl.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IResourceScopeCache;

/**
 * A plan file's index entry as Xtext's, except that its reference descriptions (links into other
 * files) are read, after an in-place edit, from the objects that can have them only
 * ({@link ReferenceSources}): those that had them, those linked again, the new element. The
 * same descriptions in the same order as reading every object, which is what Xtext does on every
 * edit, and what this does after any other linking.
 */
public class PlansResourceDescription extends DefaultResourceDescription {

	private final IDefaultResourceDescriptionStrategy strategy;

	public PlansResourceDescription(Resource resource, IDefaultResourceDescriptionStrategy strategy,
			IResourceScopeCache cache) {
		super(resource, strategy, cache);
		this.strategy = strategy;
	}

	@Override
	protected List<IReferenceDescription> computeReferenceDescriptions() {
		if (!(getResource() instanceof PlansResource plans)) {
			return super.computeReferenceDescriptions();
		}
		EcoreUtil2.resolveLazyCrossReferences(plans, CancelIndicator.NullImpl);
		List<EObject> candidates = plans.referenceSources().candidates(plans);
		List<IReferenceDescription> descriptions = new ArrayList<>();
		List<EObject> sources = new ArrayList<>();
		if (candidates == null) {
			Map<EObject, IEObjectDescription> exported = createEObject2ExportedEObjectsMap(getExportedObjects());
			TreeIterator<EObject> contents = EcoreUtil.getAllProperContents(plans, true);
			while (contents.hasNext()) {
				if (!describe(contents.next(), exported, descriptions, sources)) {
					contents.prune();
				}
			}
		} else if (!candidates.isEmpty()) {
			// The plans strategy never prunes here (it reads every object's references), so no
			// candidate lies below an object the whole walk would skip.
			Map<EObject, IEObjectDescription> exported = createEObject2ExportedEObjectsMap(getExportedObjects());
			for (EObject obj : candidates) {
				describe(obj, exported, descriptions, sources);
			}
		}
		plans.referenceSources().described(sources);
		return descriptions;
	}

	/**
	 * The detached copy of this entry's exported objects the index holds while it builds (Xtext's
	 * {@code Indexer} makes a {@code ResolvedResourceDescription}); after an in-place edit made from
	 * the last copy and the new element's objects ({@link KeptExports}).
	 */
	public IResourceDescription exportedCopies() {
		if (!(getResource() instanceof PlansResource plans)) {
			return new ExportedCopies(getURI(), ExportedCopies.copies(getExportedObjects()));
		}
		List<IEObjectDescription> copies = plans.keptExports().kept(strategy, ExportedCopies::copies);
		if (copies == null) {
			copies = ExportedCopies.copies(getExportedObjects());
		}
		plans.keptExports().made(copies);
		return new ExportedCopies(getURI(), plans.keptExports().current());
	}

	/**
	 * This entry with the exported objects {@link #exportedCopies} made in this build, for the
	 * builder's copy of the entry, when the file has not been linked again since; null otherwise.
	 */
	public IResourceDescription withExportedCopies() {
		List<IEObjectDescription> copies = getResource() instanceof PlansResource plans ? plans.keptExports().current()
				: null;
		return copies == null ? null : new ExportedCopies(getURI(), copies, this);
	}

	private boolean describe(EObject obj, Map<EObject, IEObjectDescription> exported,
			List<IReferenceDescription> descriptions, List<EObject> sources) {
		int before = descriptions.size();
		boolean children = strategy.createReferenceDescriptions(obj, findExportedContainerURI(obj, exported),
				descriptions::add);
		if (descriptions.size() > before) {
			sources.add(obj);
		}
		return children;
	}
}
