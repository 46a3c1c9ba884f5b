package org.plans.dsl.tracker;

import java.io.IOException;
import java.util.Set;

import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.generator.PlanTarget;
import org.plans.dsl.naming.FileNames;
import org.plans.dsl.tracker.model.TrackerMapping;
import org.plans.dsl.tracker.model.TrackerPlan;

/**
 * What every tracker target shares: each plan is mapped once by {@link TrackerMapping}
 * (option {@code milestones=deadline|priority}) and written below {@code <plan-id>/<target>/}.
 */
public abstract class TrackerTarget implements PlanTarget {

	/** The option that chooses what becomes a milestone. */
	public static final String MILESTONES = "milestones";

	@Override
	public Set<String> optionKeys() {
		return Set.of(MILESTONES);
	}

	@Override
	public void generate(GenerationContext context, OutputFiles out) throws IOException {
		TrackerMapping.Milestones milestones = TrackerMapping.Milestones.of(context.option(MILESTONES, "deadline"));
		for (PlanFacts plan : context.plans()) {
			TrackerPlan tracker = TrackerMapping.map(plan, milestones);
			String dir = FileNames.safe(plan.id()) + "/" + name() + "/";
			write(tracker, context, (path, content) -> out.write(dir + path, content));
		}
	}

	/** Writes one plan's files; paths are relative to the plan's directory for this target. */
	protected abstract void write(TrackerPlan plan, GenerationContext context, OutputFiles out) throws IOException;
}
