package org.plans.dsl.resource;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.plans.dsl.plans.Plan;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.plans.Uses;

/**
 * Which links of a file the linker keeps after partial parsing replaced one element: every
 * resolved link outside the new element whose target is still in a file, provided the new
 * element exports exactly the names the old one did and neither touches what scoping reads
 * (the plan's id, its {@code uses} lines). A fresh link of such a reference finds the same
 * target: the names in scope, and their order, are those it was resolved against. Everything
 * else is linked again as Xtext does.
 */
public final class KeptLinks {

	private record Replaced(EObject container, EStructuralFeature feature, int index, int size, List<String> names) {
	}

	private final IDefaultResourceDescriptionStrategy exports;

	private final List<Replaced> replaced = new ArrayList<>();

	private final Map<EObject, Set<EReference>> partly = new IdentityHashMap<>();

	private boolean decided;

	private boolean keeping;

	private EObject replacement;

	KeptLinks(IDefaultResourceDescriptionStrategy exports) {
		this.exports = exports;
	}

	/** Partial parsing is about to replace {@code element} (it is still in place). */
	void replacing(EObject element) {
		EObject container = element.eContainer();
		EStructuralFeature feature = element.eContainingFeature();
		if (container == null || feature == null || scoping(element)) {
			replaced.add(null);
			return;
		}
		int index = -1;
		int size = 1;
		if (feature.isMany()) {
			List<?> values = (List<?>) container.eGet(feature);
			index = values.indexOf(element);
			size = values.size();
		}
		replaced.add(new Replaced(container, feature, index, size, exportedNames(element)));
	}

	/** Whether links may be kept in this linking run; decided once, after the parse. */
	boolean keeping() {
		if (!decided) {
			decided = true;
			keeping = decide();
		}
		return keeping;
	}

	private boolean decide() {
		if (replaced.size() != 1 || replaced.get(0) == null) {
			return false;
		}
		Replaced old = replaced.get(0);
		EObject now;
		if (old.feature().isMany()) {
			List<?> values = (List<?>) old.container().eGet(old.feature());
			if (values.size() == old.size() - 1) {
				now = null;
			} else if (values.size() == old.size() && values.get(old.index()) instanceof EObject element) {
				now = element;
			} else {
				return false;
			}
		} else {
			now = (EObject) old.container().eGet(old.feature());
		}
		if (now != null && scoping(now)) {
			return false;
		}
		List<String> names = now == null ? List.of() : exportedNames(now);
		replacement = now;
		return names.equals(old.names());
	}

	/**
	 * Whether links of {@code obj} may be kept at all: links may be kept in this run and
	 * {@code obj} is outside the new element. Asked once per object, before {@link #keep}.
	 */
	public boolean outsideReplacement(EObject obj) {
		return keeping() && (replacement == null || !EcoreUtil.isAncestor(replacement, obj));
	}

	/**
	 * Whether the linker keeps {@code reference} of {@code obj} (which is
	 * {@link #outsideReplacement}) as it is: every target of the reference is an object still
	 * in a file. An unset reference of such an object is kept too: its text did not change, and
	 * the last linking found no reference written there.
	 */
	public boolean keep(EObject obj, EReference reference) {
		Object value = obj.eGet(reference, false);
		if (reference.isMany()) {
			for (Iterator<?> targets = ((InternalEList<?>) value).basicIterator(); targets.hasNext();) {
				if (!attached(targets.next())) {
					return false;
				}
			}
			return true;
		}
		return value == null || attached(value);
	}

	/**
	 * Records that not every link of {@code obj} was kept, and which were ({@code keptReferences}):
	 * the linker installs proxies for the others. Objects never recorded here had every link
	 * kept, and are not read for proxies at all; so only the few objects linked again cost a
	 * record, not every object of the file.
	 */
	public void keptSome(EObject obj, Set<EReference> keptReferences) {
		partly.put(obj, keptReferences);
	}

	/** Whether every link of {@code obj} was kept (the linker cleared its references first, as it always does). */
	public boolean isKeptAll(EObject obj) {
		return !partly.containsKey(obj);
	}

	/** Whether the link was kept, so that the linker installs no proxy for it. */
	public boolean isKept(EObject obj, EReference reference) {
		Set<EReference> references = partly.get(obj);
		return references == null || references.contains(reference);
	}

	/** The element that replaced the old one; null when the edit removed it. Known once {@link #keeping} is. */
	EObject replacement() {
		return replacement;
	}

	private static boolean attached(Object target) {
		return target instanceof EObject object && !object.eIsProxy() && object.eResource() != null;
	}

	/** Whether the element is or holds what decides the names in scope: the plan's id and uses lines. */
	private static boolean scoping(EObject element) {
		if (element instanceof PlanFile || element instanceof Plan || element instanceof Uses) {
			return true;
		}
		for (var contents = element.eAllContents(); contents.hasNext();) {
			EObject obj = contents.next();
			if (obj instanceof Plan || obj instanceof Uses) {
				return true;
			}
		}
		return false;
	}

	/** The class and qualified name of every description the element and its contents export, in order. */
	private List<String> exportedNames(EObject element) {
		List<String> names = new ArrayList<>();
		collect(element, names);
		return names;
	}

	private void collect(EObject obj, List<String> names) {
		boolean children = exports.createEObjectDescriptions(obj,
				(IEObjectDescription d) -> names.add(d.getEClass().getName() + " " + d.getQualifiedName()));
		if (children) {
			for (EObject child : obj.eContents()) {
				collect(child, names);
			}
		}
	}
}
