package org.plans.dsl.scoping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.plans.dsl.plans.PlanDetail;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.plans.Uses;

/**
 * Short names resolve to declarations of the file's own plan (in any of its files)
 * and of the plans it {@code uses}; {@code plan-id::name} always works.
 */
public class PlansNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

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
