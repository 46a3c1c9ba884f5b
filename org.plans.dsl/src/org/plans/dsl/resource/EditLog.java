package org.plans.dsl.resource;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.plans.dsl.plans.Board;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.Plan;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.Uses;

/**
 * The in-place edits of a file since its findings were last worked out, for readers that keep
 * what an edit cannot change (the findings of untouched actions). An edit whose links were all
 * worked out again, or that replaced more than one element, makes the whole file changed.
 */
public final class EditLog {

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
	 * Whether the element is or holds what rules read across the whole plan rather than through
	 * a link: the plan's header and uses lines, boards (what they oversee), measures, their
	 * points and the targets on them (a measure's facts gather every point and target on it).
	 */
	public static boolean isPlanWide(EObject element) {
		if (planWideClass(element)) {
			return true;
		}
		for (var contents = element.eAllContents(); contents.hasNext();) {
			if (planWideClass(contents.next())) {
				return true;
			}
		}
		return false;
	}

	private static boolean planWideClass(EObject obj) {
		return obj instanceof Plan || obj instanceof Uses || obj instanceof Board || obj instanceof Measure
				|| obj instanceof MeasurePoint || obj instanceof Target;
	}
}
