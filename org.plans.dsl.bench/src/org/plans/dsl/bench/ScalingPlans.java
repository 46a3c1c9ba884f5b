package org.plans.dsl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

/**
 * The inputs that once grew quadratically (issue 19): a plan whose 4,000 actions each depend on
 * an action that does not exist, a plan whose 10,000 actions each have a lead nobody declared,
 * and 3,000 files of one small plan each. Deterministic.
 */
public final class ScalingPlans {

	private ScalingPlans() {
	}

	/** A plan of {@code actions} actions, each with the members {@code members} gives for its number. */
	static String plan(String id, int actions, IntFunction<String> members) {
		StringBuilder out = new StringBuilder("plan " + id + " \"Plan " + id + "\"\nperson a \"Ann Smith\"\npriority 1 \"P\" {\n");
		for (int i = 1; i <= actions; i++) {
			out.append("    action 1.").append(i).append(" \"Action ").append(i).append("\" { ").append(members.apply(i))
					.append(" due 2025-03 }\n");
		}
		return out.append("}\n").toString();
	}

	static String smallPlan(int n) {
		return "plan p" + n + " \"Plan " + n + "\"\nperson a \"A\"\npriority 1 \"P\" {\n    action 1.1 \"Act\" { lead a due 2025-03 }\n}\n";
	}

	/** Writes {@code broken-4000.plan}, {@code leads-10000.plan} and {@code files-3000/} under the directory given. */
	public static void main(String[] args) throws IOException {
		Path work = Path.of(args[0]);
		Files.createDirectories(work);
		Files.writeString(work.resolve("broken-4000.plan"), plan("broken", 4_000, i -> "lead a depends on 9." + i));
		Files.writeString(work.resolve("leads-10000.plan"), plan("leads", 10_000, i -> "lead nobody" + i));
		Path files = Files.createDirectories(work.resolve("files-3000"));
		for (int n = 0; n < 3_000; n++) {
			Files.writeString(files.resolve("p" + n + ".plan"), smallPlan(n));
		}
	}
}
