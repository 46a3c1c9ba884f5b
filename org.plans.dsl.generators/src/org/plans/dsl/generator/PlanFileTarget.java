package org.plans.dsl.generator;

import java.io.IOException;

import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.naming.FileNames;

/** A target that writes one file per plan, named after the plan id: {@code <plan><suffix>}. */
public abstract class PlanFileTarget implements PlanTarget {

	private final String name;
	private final String suffix;
	private final String description;

	protected PlanFileTarget(String name, String suffix, String description) {
		this.name = name;
		this.suffix = suffix;
		this.description = description;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public String description() {
		return description + " (<plan>" + suffix + ")";
	}

	@Override
	public void generate(GenerationContext context, OutputFiles out) throws IOException {
		for (PlanFacts plan : context.plans()) {
			out.write(FileNames.safe(plan.id()) + suffix, render(context, plan));
		}
	}

	/** The file's text for one plan, without writing it (the editors' preview). */
	public final String text(GenerationContext context, PlanFacts plan) throws IOException {
		return render(context, plan);
	}

	/** The file's text for one plan. */
	protected abstract String render(GenerationContext context, PlanFacts plan) throws IOException;
}
