package org.plans.dsl.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.plans.dsl.plans.PlansPackage;

/**
 * The in-place edits of a file since its findings were last worked out, for readers that keep
 * what an edit cannot change (the findings of untouched actions). An edit whose links were all
 * worked out again, or that replaced more than one element, makes the whole file changed.
 */
public final class EditLog {

	private static final List<EClass> PLAN_WIDE = List.of(PlansPackage.Literals.PLAN, PlansPackage.Literals.USES,
			PlansPackage.Literals.BOARD, PlansPackage.Literals.MEASURE, PlansPackage.Literals.MEASURE_POINT,
			PlansPackage.Literals.TARGET);

	private final List<ReplacedElement> edits = new ArrayList<>();

	private boolean whole = true;

	private boolean linesMoved;

	/** Whether the whole file must be taken as changed: no edit is known element by element. */
	public boolean isWhole() {
		return whole;
	}

	/** The elements replaced since {@link #reset}, oldest first. */
	public List<ReplacedElement> edits() {
		return List.copyOf(edits);
	}

	/** Whether an edit added or removed a line, so that what follows it moved to other lines. */
	public boolean linesMoved() {
		return linesMoved;
	}

	/** Forgets the edits: their findings have been worked out. */
	public void reset() {
		edits.clear();
		whole = false;
		linesMoved = false;
	}

	void changedWhole() {
		whole = true;
		edits.clear();
	}

	void markLinesMoved() {
		linesMoved = true;
	}

	void replaced(ReplacedElement edit) {
		if (!whole) {
			edits.add(edit);
		}
	}

	/**
	 * Whether objects of these classes (an element and what it holds) include what rules read
	 * across the whole plan rather than through a link: the plan's header and uses lines, boards
	 * (what they oversee), measures, their points and the targets on them (a measure's facts
	 * gather every point and target on it).
	 */
	public static boolean isPlanWide(Set<EClass> classes) {
		for (EClass eClass : classes) {
			for (EClass planWide : PLAN_WIDE) {
				if (planWide.isSuperTypeOf(eClass)) {
					return true;
				}
			}
		}
		return false;
	}
}
