package org.plans.dsl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.plans.dsl.PlansStandaloneSetup;
import org.plans.dsl.loading.PlanLoader;

/** In-process parse + link + validate of a synthetic plan, per size. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = { "-Xmx2g" })
public class ValidateBenchmark {

	@Param({ "1000", "10000", "50000" })
	public int actions;

	private PlanLoader loader;
	private Path file;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		loader = new PlansStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(PlanLoader.class);
		Path dir = Files.createTempDirectory("plans-bench");
		file = dir.resolve("synthetic-" + actions + ".plan");
		Files.writeString(file, new SyntheticPlan(actions).plan());
	}

	@Benchmark
	public int parseLinkValidate() {
		return loader.load(List.of(file)).issues().size();
	}
}
