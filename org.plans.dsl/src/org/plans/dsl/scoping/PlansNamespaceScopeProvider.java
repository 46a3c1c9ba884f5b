package org.plans.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.plans.dsl.plans.PlanDetail;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.plans.Uses;

import com.google.inject.Inject;

/**
 * Short names resolve first to declarations of the file's own plan (in any of its files),
 * then to those of the plans it {@code uses}; {@code plan-id::name} always works.
 * <p>
 * Names are flat ({@code plan-id::name}, never nested in a priority or action), so only the
 * file adds scope layers: the containers in between add none. That keeps linking linear.
 */
public class PlansNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private IResourceDescription.Manager descriptions;

	/**
	 * Every reference of one kind in a file therefore sees the same scope: build it once per
	 * file and reference until the file changes, not once per reference.
	 */
	@Override
	public IScope getScope(EObject context, EReference reference) {
		Resource resource = context.eResource();
		if (resource == null || resource.getContents().isEmpty()) {
			return super.getScope(context, reference);
		}
		EObject root = resource.getContents().get(0);
		return cache.get(Tuples.create(PlansNamespaceScopeProvider.class, reference), resource,
				() -> super.getScope(root, reference));
	}

	/** The file's declarations are those it exports: reuse its description, do not name them twice. */
	@Override
	protected ISelectable internalGetAllDescriptions(Resource resource) {
		return descriptions.getResourceDescription(resource);
	}

	@Override
	protected IScope getLocalElementsScope(IScope parent, EObject context, EReference reference) {
		if (!(context instanceof PlanFile file)) {
			return parent;
		}
		if (file.getPlan() == null) {
			return super.getLocalElementsScope(parent, context, reference);
		}
		boolean ignoreCase = isIgnoreCase(reference);
		List<ImportNormalizer> used = new ArrayList<>();
		for (PlanDetail detail : file.getPlan().getDetails()) {
			if (detail instanceof Uses uses) {
				addImport(used, uses.getPlan(), ignoreCase);
			}
		}
		IScope result = parent;
		if (!used.isEmpty()) {
			result = createImportScope(result, used, null, reference.getEReferenceType(), ignoreCase);
		}
		List<ImportNormalizer> own = new ArrayList<>();
		addImport(own, file.getPlan().getName(), ignoreCase);
		if (!own.isEmpty()) {
			result = createImportScope(result, own, null, reference.getEReferenceType(), ignoreCase);
		}
		return result;
	}

	private static void addImport(List<ImportNormalizer> imports, String planId, boolean ignoreCase) {
		if (planId != null && !planId.isEmpty()) {
			imports.add(new ImportNormalizer(QualifiedName.create(planId), true, ignoreCase));
		}
	}
}
