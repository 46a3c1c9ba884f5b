package org.plans.dsl.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.plans.Action;

/**
 * The groups of actions that depend on each other in a circle: Tarjan's strongly connected
 * components, iterative, linear in actions plus "depends on" links.
 */
final class DependencyCycles {

	private final Map<Action, Integer> index = new IdentityHashMap<>();
	private final Map<Action, Integer> low = new IdentityHashMap<>();
	private final Map<Action, Boolean> onStack = new IdentityHashMap<>();
	private final Deque<Action> stack = new ArrayDeque<>();
	private final List<List<Action>> cycles = new ArrayList<>();
	private final PlanFacts plan;
	private int next;

	private DependencyCycles(PlanFacts plan) {
		this.plan = plan;
	}

	/** Each group of two or more actions in a circle, and each action that depends on itself. */
	static List<List<Action>> of(PlanFacts plan) {
		DependencyCycles search = new DependencyCycles(plan);
		for (ActionFacts action : plan.actions()) {
			if (!search.index.containsKey(action.action())) {
				search.visit(action.action());
			}
		}
		return search.cycles;
	}

	private List<Action> successors(Action action) {
		return plan.action(action).map(ActionFacts::dependsOn).orElse(List.of()).stream()
				.filter(a -> plan.action(a).isPresent()).toList();
	}

	private record Frame(Action action, List<Action> successors, int[] position) {
	}

	private void visit(Action root) {
		Deque<Frame> frames = new ArrayDeque<>();
		open(root, frames);
		while (!frames.isEmpty()) {
			Frame frame = frames.peek();
			if (frame.position()[0] < frame.successors().size()) {
				Action next = frame.successors().get(frame.position()[0]++);
				if (!index.containsKey(next)) {
					open(next, frames);
				} else if (onStack.getOrDefault(next, false)) {
					low.put(frame.action(), Math.min(low.get(frame.action()), index.get(next)));
				}
				continue;
			}
			frames.pop();
			if (!frames.isEmpty()) {
				Action parent = frames.peek().action();
				low.put(parent, Math.min(low.get(parent), low.get(frame.action())));
			}
			if (low.get(frame.action()).equals(index.get(frame.action()))) {
				close(frame);
			}
		}
	}

	private void open(Action action, Deque<Frame> frames) {
		index.put(action, next);
		low.put(action, next);
		next++;
		stack.push(action);
		onStack.put(action, true);
		frames.push(new Frame(action, successors(action), new int[1]));
	}

	private void close(Frame frame) {
		List<Action> component = new ArrayList<>();
		Action member;
		do {
			member = stack.pop();
			onStack.put(member, false);
			component.add(member);
		} while (member != frame.action());
		if (component.size() > 1 || frame.successors().contains(frame.action())) {
			cycles.add(component);
		}
	}
}
