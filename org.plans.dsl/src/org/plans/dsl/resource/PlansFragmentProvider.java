package org.plans.dsl.resource;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.DefaultFragmentProvider;

/**
 * The URI fragment of an object: the same path EMF writes ({@code //@elements.2/@members.0}),
 * put together directly. EMF builds it through a shared, synchronised pool of segment
 * sequences, which was half the cost of turning 10,000 findings into issues. Objects that
 * are not plainly contained in a resource (being unloaded, keyed or identified) go to EMF.
 */
public class PlansFragmentProvider extends DefaultFragmentProvider {

	@Override
	public String getFragment(EObject obj, Fallback fallback) {
		String path = path(obj);
		return path != null ? path : fallback.getFragment(obj);
	}

	/** EMF's containment path of {@code obj}, or null where EMF would write something else. */
	static String path(EObject obj) {
		if (obj.eClass().getEIDAttribute() != null) {
			return null;
		}
		List<String> segments = new ArrayList<>();
		InternalEObject current = (InternalEObject) obj;
		while (current.eDirectResource() == null) {
			InternalEObject container = current.eInternalContainer();
			EReference feature = current.eContainmentFeature();
			if (container == null || feature == null || !feature.getEKeys().isEmpty()) {
				return null;
			}
			segments.add(feature.isMany()
					? "@" + feature.getName() + "." + ((List<?>) container.eGet(feature, false)).indexOf(current)
					: "@" + feature.getName());
			current = container;
		}
		Resource resource = current.eDirectResource();
		List<EObject> roots = resource.getContents();
		int root = roots.indexOf(current);
		if (root < 0) {
			return null;
		}
		StringBuilder path = new StringBuilder("/").append(roots.size() > 1 ? String.valueOf(root) : "");
		for (int i = segments.size() - 1; i >= 0; i--) {
			path.append('/').append(segments.get(i));
		}
		return path.toString();
	}
}
