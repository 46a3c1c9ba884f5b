package org.plans.dsl.generator;

import java.io.IOException;
import java.util.Set;

/**
 * One output format of {@code plans generate} (markdown, html, ics, github...). Targets are
 * found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/org.plans.dsl.generator.PlanTarget}.
 */
public interface PlanTarget {

	/** The name given to {@code --target}, lower case, e.g. {@code markdown}. */
	String name();

	/** One line for {@code plans generate --list}. */
	String description();

	/** The {@code --option} keys this target reads; any other key given for it is a usage error. */
	default Set<String> optionKeys() {
		return Set.of();
	}

	/** Writes this target's files for every plan in the context. Must be deterministic. */
	void generate(GenerationContext context, OutputFiles out) throws IOException;
}
