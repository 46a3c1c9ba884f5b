package org.plans.dsl.linking;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.diagnostics.IDiagnosticProducer;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.nodemodel.INode;
import org.plans.dsl.resource.KeptLinks;
import org.plans.dsl.resource.PlansResource;

import com.google.common.collect.Multimap;

/**
 * Xtext's linker, except that after an in-place edit it keeps the links {@link KeptLinks}
 * allows: they are neither cleared nor turned into proxies to be resolved again. The names
 * recorded as imported by the kept links stay recorded.
 */
public class PlansLinker extends LazyLinker {

	@Override
	protected void beforeModelLinked(EObject model, IDiagnosticConsumer diagnosticsConsumer) {
		KeptLinks kept = kept(model);
		if (kept == null) {
			super.beforeModelLinked(model, diagnosticsConsumer);
		} else {
			((PlansResource) model.eResource()).clearLazyProxyInformation();
		}
	}

	@Override
	protected void clearReferences(EObject obj) {
		KeptLinks kept = kept(obj);
		if (kept == null) {
			super.clearReferences(obj);
			return;
		}
		boolean outside = kept.outsideReplacement(obj);
		Set<EReference> keptReferences = null;
		boolean all = true;
		for (EReference ref : obj.eClass().getEAllReferences()) {
			if (ref.isContainment() || ref.isContainer() || ref.isDerived() || !ref.isChangeable() || ref.isTransient()) {
				continue;
			}
			if (outside && kept.keep(obj, ref)) {
				if (keptReferences == null) {
					keptReferences = new HashSet<>();
				}
				keptReferences.add(ref);
			} else {
				all = false;
				clearReference(obj, ref);
			}
		}
		if (!all) {
			kept.keptSome(obj, keptReferences == null ? Set.of() : keptReferences);
		}
	}

	@Override
	protected void installProxies(EObject obj, IDiagnosticProducer producer,
			Multimap<EStructuralFeature.Setting, INode> settingsToLink) {
		KeptLinks kept = kept(obj);
		if (kept == null || !kept.isKeptAll(obj)) {
			super.installProxies(obj, producer, settingsToLink);
		}
	}

	@Override
	protected void createAndSetProxy(EObject obj, INode node, EReference eRef) {
		KeptLinks kept = kept(obj);
		if (kept == null || !kept.isKept(obj, eRef)) {
			super.createAndSetProxy(obj, node, eRef);
		}
	}

	@Override
	protected void installQueuedLinks(Multimap<EStructuralFeature.Setting, INode> settingsToLink) {
		settingsToLink.keySet().removeIf(setting -> {
			KeptLinks kept = kept(setting.getEObject());
			return kept != null && kept.isKept(setting.getEObject(), (EReference) setting.getEStructuralFeature());
		});
		super.installQueuedLinks(settingsToLink);
	}

	private static KeptLinks kept(EObject obj) {
		return obj.eResource() instanceof PlansResource plans ? plans.keptLinks() : null;
	}
}
