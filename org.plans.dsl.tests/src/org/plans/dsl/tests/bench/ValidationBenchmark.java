package org.plans.dsl.tests.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.plans.dsl.PlansStandaloneSetup;
import org.plans.dsl.loading.PlanLoader;

import com.google.inject.Injector;

/**
 * How long loading and validating a large plan takes: a plan of {@code actions} actions
 * (default 10,000) in four files, with leads, dates, targets, progress and a chain of
 * dependencies, validated three times. Not a unit test; run it by hand:
 * {@code java -cp <test classpath> org.plans.dsl.tests.bench.ValidationBenchmark 10000}.
 */
public final class ValidationBenchmark {

	private ValidationBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int actions = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		Path dir = Files.createTempDirectory("plans-bench");
		write(dir, actions, 4);
		Injector injector = new PlansStandaloneSetup().createInjectorAndDoEMFRegistration();
		PlanLoader loader = injector.getInstance(PlanLoader.class);
		for (int run = 1; run <= 3; run++) {
			long start = cpuMillis();
			loader.load(List.of(dir), false);
			long loading = cpuMillis() - start;
			start = cpuMillis();
			PlanLoader.Loaded loaded = loader.load(List.of(dir));
			long all = cpuMillis() - start;
			System.out.printf("run %d: %d actions: loaded and linked in %d ms; loaded, linked and validated in %d ms"
					+ " of CPU time (%d issues)%n", run, actions, loading, all, loaded.issues().size());
		}
	}

	/** CPU time of this thread: what the work costs, whatever else the machine is doing. */
	private static long cpuMillis() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
	}

	static void write(Path dir, int actions, int files) throws IOException {
		int perFile = actions / files;
		for (int f = 0; f < files; f++) {
			StringBuilder text = new StringBuilder("plan big {\n    covers 2024-01 to 2027-12\n    as of 2025-06-30\n}\n");
			if (f == 0) {
				for (int p = 0; p < 50; p++) {
					text.append("person p").append(p).append(" \"Person ").append(p).append("\"\n");
				}
				text.append("measure m \"Measure\" unit % higher is better { baseline 40 at 2024-01 }\n");
				text.append("board b \"Board\" meets monthly oversees 1\n");
				text.append("recommendation r1 \"Do better\"\n");
			}
			text.append("priority ").append(f + 1).append(" \"Priority ").append(f + 1).append("\" {\n");
			for (int a = 0; a < perFile; a++) {
				int n = f * perFile + a + 1;
				text.append("    action ").append(f + 1).append('.').append(a + 1).append(" \"Action ").append(n)
						.append("\" {\n        lead p").append(n % 50).append("\n        start 2024-0").append(1 + n % 9)
						.append("\n        due 202").append(5 + n % 3).append('-').append(String.format("%02d", 1 + n % 12))
						.append("\n        target m >= ").append(50 + n % 50).append(" by 2026-12\n        progress 2025-0")
						.append(1 + n % 6).append(" green \"On track\"\n        addresses r1\n");
				if (a > 0) {
					text.append("        depends on ").append(f + 1).append('.').append(a).append('\n');
				}
				text.append("    }\n");
			}
			text.append("}\n");
			Files.writeString(dir.resolve("part" + f + ".plan"), text);
		}
	}
}
