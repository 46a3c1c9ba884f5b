package org.plans.dsl.validation;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plans.dsl.facts.DerivedReads;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Block;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Source;
import org.plans.dsl.resource.PlansResource;

/**
 * What the rules found on each action of a file edited in place, kept with the file so that
 * the next validation can reuse the findings of the actions an edit cannot have changed.
 * An action's findings depend on its own text, on the blocks it sits in (leads and deadlines
 * are inherited), on what its links lead to (parties, measures, sources, other actions), on
 * whole-plan values it read ({@link DerivedReads}: kept while they are the same) and on
 * plan-wide things; an edit of those last ({@code EditLog#isPlanWide}) checks every action again.
 */
final class ActionFindings extends AdapterImpl {

	/** One action's findings and what they depend on besides its own text. */
	record Entry(List<Diagnostic> diagnostics, Set<EObject> dependsOn, List<DerivedReads.Read> reads, boolean reusable) {

		boolean ok() {
			return diagnostics.stream().noneMatch(d -> d.getSeverity() == Diagnostic.ERROR);
		}
	}

	final Map<Action, Entry> byAction;

	/** What else the findings were worked out with (check mode, as-of date, severities): a change of it checks everything. */
	final Object stamp;

	/** How many actions the validation that made these findings checked (the rest were reused). */
	final int checked;

	ActionFindings(Map<Action, Entry> byAction, Object stamp, int checked) {
		this.byAction = byAction;
		this.stamp = stamp;
		this.checked = checked;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == ActionFindings.class;
	}

	static ActionFindings of(PlansResource resource) {
		for (Object adapter : resource.eAdapters()) {
			if (adapter instanceof ActionFindings findings) {
				return findings;
			}
		}
		return null;
	}

	static void store(PlansResource resource, ActionFindings findings) {
		resource.eAdapters().removeIf(ActionFindings.class::isInstance);
		resource.eAdapters().add(findings);
	}

	/** The object a link's target stands for: the action, party, measure, source or block it is in. */
	static EObject keyOf(EObject target) {
		for (EObject obj = target; obj != null; obj = obj.eContainer()) {
			if (obj instanceof Action || obj instanceof Party || obj instanceof Measure || obj instanceof Source
					|| obj instanceof Block) {
				return obj;
			}
		}
		return target;
	}

	/** What the findings of {@code action} depend on through links; null if a link is unresolved. */
	static Set<EObject> dependencies(Action action) {
		Set<EObject> keys = Collections.newSetFromMap(new IdentityHashMap<>());
		if (!addTargets(action, keys)) {
			return null;
		}
		for (var contents = action.eAllContents(); contents.hasNext();) {
			if (!addTargets(contents.next(), keys)) {
				return null;
			}
		}
		keys.remove(action);
		return keys;
	}

	private static boolean addTargets(EObject obj, Set<EObject> keys) {
		for (EObject target : obj.eCrossReferences()) {
			if (target.eIsProxy() || target.eResource() == null) {
				return false;
			}
			keys.add(keyOf(target));
		}
		return true;
	}

	/** Whether {@code obj} is {@code ancestor} or inside it. */
	static boolean within(EObject obj, EObject ancestor) {
		return obj == ancestor || EcoreUtil.isAncestor(ancestor, obj);
	}
}
