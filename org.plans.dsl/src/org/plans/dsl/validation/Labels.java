package org.plans.dsl.validation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Board;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.PriorityKind;
import org.plans.dsl.plans.Source;

/** How messages name things: "action 1.1", "priority 2", "person sjs (Sarah-Jane Smedmor)". */
final class Labels {

	private Labels() {
	}

	static String of(EObject obj) {
		if (obj instanceof Action a) {
			return a.getName() != null ? "action " + a.getName() : "the action \"" + a.getTitle() + "\"";
		}
		if (obj instanceof Priority p) {
			return (p.getKind() == PriorityKind.WORKSTREAM ? "workstream " : "priority ") + p.getName();
		}
		if (obj instanceof Objective o) {
			return o.getName() != null ? "objective " + o.getName() : "the objective \"" + o.getTitle() + "\"";
		}
		if (obj instanceof Party p) {
			return Plans.kindOf(p) + " " + p.getName() + " (" + p.getTitle() + ")";
		}
		if (obj instanceof Measure m) {
			return "measure " + m.getName();
		}
		if (obj instanceof Source s) {
			return s.getKind().getLiteral() + " " + s.getName();
		}
		if (obj instanceof Board b) {
			return "board " + b.getName() + " (" + b.getTitle() + ")";
		}
		return obj.eClass().getName().toLowerCase(Locale.ROOT);
	}

	/** "action 1.1, action 1.2 and 3 more": a list short enough to read in a message. */
	static String list(List<? extends EObject> objects) {
		int shown = Math.min(objects.size(), 8);
		String head = objects.subList(0, shown).stream().map(Labels::of).collect(Collectors.joining(", "));
		return objects.size() > shown ? head + " and " + (objects.size() - shown) + " more" : head;
	}

	/** The same label starting with a capital, to open a sentence. */
	static String start(EObject obj) {
		String label = of(obj);
		return Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}

	private static final ThreadLocal<int[]> POSITIONS_WRITTEN = ThreadLocal.withInitial(() -> new int[1]);

	/** How many times this thread wrote where an element is ({@link #where}): such a message goes stale when lines move. */
	static int positionsWritten() {
		return POSITIONS_WRITTEN.get()[0];
	}

	/** "people.plan line 12": where an element is written. */
	static String where(EObject obj) {
		POSITIONS_WRITTEN.get()[0]++;
		ICompositeNode node = NodeModelUtils.getNode(obj);
		String file = obj.eResource() == null ? "?" : obj.eResource().getURI().lastSegment();
		return node == null ? file : file + " line " + node.getStartLine();
	}
}
