package org.plans.dsl.scoping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.plans.dsl.plans.PlanDetail;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.plans.Uses;

/**
 * Short names resolve to declarations of the file's own plan (in any of its files)
 * and of the plans it {@code uses}; {@code plan-id::name} always works. The file's own plan
 * wins over the plans it uses; a name declared by two used plans must be qualified.
 */
public class PlansNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	/** The used plans' names first, the own plan's on top of them so that they shadow. */
	@Override
	protected IScope getLocalElementsScope(IScope parent, EObject context, EReference reference) {
		if (!(context instanceof PlanFile file) || file.getPlan() == null) {
			return super.getLocalElementsScope(parent, context, reference);
		}
		boolean ignoreCase = isIgnoreCase(reference);
		List<ImportNormalizer> all = getImportedNamespaceResolvers(context, ignoreCase);
		if (all.isEmpty()) {
			return parent;
		}
		IScope result = parent;
		if (all.size() > 1) {
			result = createImportScope(result, all.subList(1, all.size()), null, reference.getEReferenceType(), ignoreCase);
		}
		return createImportScope(result, all.subList(0, 1), null, reference.getEReferenceType(), ignoreCase);
	}

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		if (!(context instanceof PlanFile file) || file.getPlan() == null) {
			return Collections.emptyList();
		}
		List<ImportNormalizer> imports = new ArrayList<>();
		addImport(imports, file.getPlan().getName(), ignoreCase);
		for (PlanDetail detail : file.getPlan().getDetails()) {
			if (detail instanceof Uses uses) {
				addImport(imports, uses.getPlan(), ignoreCase);
			}
		}
		return imports;
	}

	private static void addImport(List<ImportNormalizer> imports, String planId, boolean ignoreCase) {
		if (planId != null && !planId.isEmpty()) {
			imports.add(new ImportNormalizer(QualifiedName.create(planId), true, ignoreCase));
		}
	}
}
