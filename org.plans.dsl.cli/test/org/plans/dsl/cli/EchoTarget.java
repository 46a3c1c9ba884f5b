package org.plans.dsl.cli;

import java.io.IOException;
import java.util.Set;

import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.generator.PlanTarget;

/** A generator target for the tests: one line per plan with what the context gave it. */
public class EchoTarget implements PlanTarget {

	@Override
	public String name() {
		return "test-echo";
	}

	@Override
	public String description() {
		return "Echoes each plan's id, as-of date and the 'greeting' option, into the 'file' option's file if given; fails with option 'crash' (tests only).";
	}

	@Override
	public Set<String> optionKeys() {
		return Set.of("greeting", "crash", "file");
	}

	@Override
	public void generate(GenerationContext context, OutputFiles out) throws IOException {
		if (context.options().containsKey("crash")) {
			throw new IllegalStateException("boom");
		}
		for (PlanFacts plan : context.plans()) {
			out.write(context.option("file", "echo/" + plan.id() + ".txt"),
					plan.id() + " " + context.asOf(plan).day().map(String::valueOf).orElse("none") + " " + context.option("greeting", "none") + " " + plan.actions().size() + "\n");
		}
	}
}
