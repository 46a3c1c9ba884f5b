package org.plans.dsl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plans.dsl.PlansStandaloneSetup;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.generator.PlanTarget;
import org.plans.dsl.generator.PlanTargets;
import org.plans.dsl.loading.PlanLoader;

/**
 * Time per generator target on one plan, in process: the plan is loaded and its facts built
 * once, then each target writes its files {@code RUNS} times into a scratch directory.
 * Prints {@code target first-ms median-ms bytes} per line.
 */
public final class GeneratorsMain {

	private static final int RUNS = 5;

	private GeneratorsMain() {
	}

	public static void main(String[] args) throws IOException {
		// the Word and PDF libraries' Log4j API, as the command line sets it: no provider line in the table
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		Path plan = Path.of(args[0]);
		Path out = Path.of(args[1]);
		PlanLoader loader = new PlansStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(PlanLoader.class);
		PlanLoader.Loaded loaded = loader.load(List.of(plan));
		if (loaded.hasErrors()) {
			throw new IllegalStateException(plan + " has errors: " + loaded.issues());
		}
		long factsStart = System.nanoTime();
		List<PlanFacts> plans = PlanFacts.of(loaded.resourceSet());
		long factsMillis = (System.nanoTime() - factsStart) / 1_000_000;
		System.out.printf("(facts) %d %d 0%n", factsMillis, factsMillis);
		GenerationContext context = new GenerationContext(plans, Optional.empty(), Map.of());
		for (PlanTarget target : PlanTargets.all()) {
			long[] millis = new long[RUNS];
			long bytes = 0;
			for (int run = 0; run < RUNS; run++) {
				Path dir = out.resolve(target.name() + "-" + run);
				long start = System.nanoTime();
				target.generate(context, OutputFiles.directory(dir));
				millis[run] = (System.nanoTime() - start) / 1_000_000;
				bytes = size(dir);
			}
			long first = millis[0];
			Arrays.sort(millis);
			System.out.printf("%s %d %d %d%n", target.name(), first, millis[RUNS / 2], bytes);
		}
	}

	private static long size(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return 0;
		}
		try (var files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
	}
}
