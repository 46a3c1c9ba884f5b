package org.plans.dsl.validation;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Block;
import org.plans.dsl.plans.Board;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Plan;
import org.plans.dsl.plans.PlansPackage;
import org.plans.dsl.plans.Source;
import org.plans.dsl.resource.EditLog;
import org.plans.dsl.resource.ReplacedElement;

/**
 * Which kept findings the in-place edits of a file ({@link EditLog}) may have changed: those of
 * an action, party or source an edit was inside, of every action in a block whose own lines
 * (inherited leads, deadlines) an edit changed, and of every action linked to any of these or
 * to an object the edits removed. {@link #everything} when an edit is plan-wide.
 */
final class ChangedActions {

	private final Set<EObject> changed = Collections.newSetFromMap(new IdentityHashMap<>());

	private final Set<EObject> changedBlocks = Collections.newSetFromMap(new IdentityHashMap<>());

	private boolean everything;

	private boolean linesMoved;

	/** The classes of what the edits replaced and of what replaced it. */
	private final Set<EClass> touched = new HashSet<>();

	static ChangedActions of(EditLog log) {
		ChangedActions result = new ChangedActions();
		if (log.isWhole()) {
			result.everything = true;
			return result;
		}
		result.linesMoved = log.linesMoved();
		for (ReplacedElement edit : log.edits()) {
			result.add(edit);
		}
		return result;
	}

	private void add(ReplacedElement edit) {
		EObject now = edit.now();
		Set<EClass> nowClasses = now == null ? Set.of() : ReplacedElement.classesIn(now);
		touched.addAll(edit.oldClasses());
		touched.addAll(nowClasses);
		if (edit.oldPlanWide() || EditLog.isPlanWide(nowClasses)) {
			everything = true;
			return;
		}
		EObject site = edit.container();
		if (site.eResource() == null) {
			return; // a later edit replaced what held this one: all of it is new
		}
		for (EObject up = site; up != null; up = up.eContainer()) {
			if (up instanceof Plan || up instanceof Board || up instanceof Measure) {
				everything = true;
				return;
			}
			if (up instanceof Action || up instanceof Party || up instanceof Source) {
				changed.add(up);
				return;
			}
		}
		if (site instanceof Block block && (isBlockLine(edit.oldClass()) || now != null && isBlockLine(now.eClass()))) {
			changedBlocks.add(block);
		}
	}

	/** A line of a priority or objective that its actions may inherit or read: anything but a block. */
	private static boolean isBlockLine(EClass eClass) {
		return !PlansPackage.Literals.BLOCK.isSuperTypeOf(eClass);
	}

	/** Whether the kept findings of {@code action} ({@code entry}) must be worked out again. */
	boolean touches(Action action, ActionFindings.Entry entry) {
		if (everything || !entry.reusable() || isChanged(action)) {
			return true;
		}
		for (EObject key : entry.dependsOn()) {
			if (isChanged(key)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the edits touched no object of the classes {@code reads} and moved no line. */
	boolean untouched(List<Class<? extends EObject>> reads) {
		if (everything || linesMoved) {
			return false;
		}
		for (EClass eClass : touched) {
			for (Class<? extends EObject> read : reads) {
				if (eClass.getInstanceClass() == null || read.isAssignableFrom(eClass.getInstanceClass())) {
					return false;
				}
			}
		}
		return true;
	}

	/** Whether nothing an action's own facts read (its text, its blocks' lines, the calendar) changed. */
	boolean unchanged(Action action) {
		return !everything && !isChanged(action);
	}

	private boolean isChanged(EObject key) {
		if (key.eIsProxy() || key.eResource() == null || changed.contains(key)) {
			return true;
		}
		if (!changedBlocks.isEmpty()) {
			for (EObject up = key; up != null; up = up.eContainer()) {
				if (changedBlocks.contains(up)) {
					return true;
				}
			}
		}
		return false;
	}
}
