package org.plans.dsl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A plan of realistic shape with a given number of actions: people and roles, measures
 * with baselines and milestones, recommendations, ten priorities of objectives, actions
 * with leads, dates, targets, dependencies and progress. The same content is written as
 * YAML too, for the baseline that validates YAML against a JSON Schema. Deterministic.
 */
public final class SyntheticPlan {

	private static final String[] RAG = { "green", "amber", "red" };

	private final int actions;
	private final Random random;
	private final int people;
	private final int measures;
	private final int recommendations;

	public SyntheticPlan(int actions) {
		this.actions = actions;
		this.random = new Random(actions);
		this.people = Math.max(5, actions / 20);
		this.measures = Math.max(3, actions / 50);
		this.recommendations = Math.max(3, actions / 100);
	}

	/** The plan in the plans language. */
	public String plan() {
		random.setSeed(actions);
		StringBuilder out = new StringBuilder(actions * 420);
		out.append("plan synthetic \"Synthetic plan of ").append(actions).append(" actions\" {\n")
				.append("    organisation \"Benchmark Council\"\n    issued 2024-01\n    covers 2024-01 to 2027-12\n")
				.append("    as of 2025-06\n}\n\n");
		out.append("role hos \"Head of Service\"\n");
		for (int p = 0; p < people; p++) {
			out.append("person p").append(p).append(" \"Person ").append(p).append("\" as hos email \"p").append(p)
					.append("@example.org\"\n");
		}
		for (int r = 0; r < recommendations; r++) {
			out.append("recommendation r").append(r).append(" \"Recommendation ").append(r)
					.append(" of the inspection\" from \"Inspection\" dated 2023-11\n");
		}
		for (int m = 0; m < measures; m++) {
			out.append("measure m").append(m).append(" \"Measure ").append(m).append("\" unit % higher is better {\n")
					.append("    baseline ").append(20 + m % 30).append("% at 2023-12\n")
					.append("    milestone ").append(40 + m % 30).append("% by 2025-03\n")
					.append("    milestone ").append(60 + m % 30).append("% by 2026-03\n}\n");
		}
		out.append("board smt \"Senior Management Team\" meets monthly oversees 1, 2, 3\n\n");
		int perPriority = (actions + 9) / 10;
		int written = 0;
		for (int pr = 1; pr <= 10 && written < actions; pr++) {
			out.append("priority ").append(pr).append(" \"Priority ").append(pr).append("\" {\n")
					.append("    addresses r").append(pr % recommendations).append("\n");
			int inPriority = 0;
			for (int ob = 1; inPriority < perPriority && written < actions; ob++) {
				out.append("    objective \"Objective ").append(pr).append('.').append(ob).append("\" {\n");
				for (int a = 1; a <= 10 && inPriority < perPriority && written < actions; a++, inPriority++, written++) {
					action(out, pr, ob * 100 + a, written);
				}
				out.append("    }\n");
			}
			out.append("}\n\n");
		}
		return out.toString();
	}

	private void action(StringBuilder out, int priority, int number, int index) {
		int month = 1 + index % 12;
		int year = 2024 + index % 3;
		out.append("        action ").append(priority).append('.').append(number).append(" \"Action ").append(index)
				.append(": improve the service in area ").append(index % 37).append("\" {\n")
				.append("            lead p").append(index % people);
		if (index % 3 == 0) {
			out.append(", p").append((index + 7) % people);
		}
		out.append("\n            start ").append(year).append("-01\n")
				.append("            due ").append(year).append('-').append(month < 10 ? "0" : "").append(month).append('\n')
				.append("            indicator \"Share of cases meeting the standard\"\n")
				.append("            success \"All teams meet the standard by the deadline\"\n");
		if (index % 3 == 0) {
			out.append("            target m").append(index % measures).append(" >= ").append(50 + index % 40)
					.append("% by ").append(year).append("-12\n");
		}
		if (index % 4 == 1 && number % 100 > 1) {
			out.append("            depends on ").append(priority).append('.').append(number - 1).append('\n');
		}
		if (index % 2 == 0) {
			out.append("            progress 2024-06 ").append(RAG[index % 3]).append(" \"Work is under way\"\n");
			out.append("            progress 2025-01 ").append(RAG[(index + 1) % 3])
					.append(" \"Second update with more detail\"\n");
		}
		out.append("            addresses r").append(index % recommendations).append("\n        }\n");
	}

	/** The same content as YAML, for the ajv baseline. */
	public String yaml() {
		StringBuilder out = new StringBuilder(actions * 400);
		out.append("id: synthetic\ntitle: Synthetic plan of ").append(actions).append(" actions\n")
				.append("organisation: Benchmark Council\nissued: 2024-01\nasOf: 2025-06\npeople:\n");
		for (int p = 0; p < people; p++) {
			out.append("  - {id: p").append(p).append(", name: Person ").append(p).append(", role: hos, email: p").append(p)
					.append("@example.org}\n");
		}
		out.append("recommendations:\n");
		for (int r = 0; r < recommendations; r++) {
			out.append("  - {id: r").append(r).append(", text: Recommendation ").append(r).append(", dated: 2023-11}\n");
		}
		out.append("measures:\n");
		for (int m = 0; m < measures; m++) {
			out.append("  - id: m").append(m).append("\n    title: Measure ").append(m)
					.append("\n    unit: '%'\n    direction: higher\n    baseline: {value: ").append(20 + m % 30)
					.append(", at: 2023-12}\n    milestones:\n      - {value: ").append(40 + m % 30)
					.append(", by: 2025-03}\n      - {value: ").append(60 + m % 30).append(", by: 2026-03}\n");
		}
		out.append("priorities:\n");
		int perPriority = (actions + 9) / 10;
		int written = 0;
		for (int pr = 1; pr <= 10 && written < actions; pr++) {
			out.append("  - number: ").append(pr).append("\n    title: Priority ").append(pr)
					.append("\n    addresses: [r").append(pr % recommendations).append("]\n    objectives:\n");
			int inPriority = 0;
			for (int ob = 1; inPriority < perPriority && written < actions; ob++) {
				out.append("      - title: Objective ").append(pr).append('.').append(ob).append("\n        actions:\n");
				for (int a = 1; a <= 10 && inPriority < perPriority && written < actions; a++, inPriority++, written++) {
					yamlAction(out, pr, ob * 100 + a, written);
				}
			}
		}
		return out.toString();
	}

	private void yamlAction(StringBuilder out, int priority, int number, int index) {
		int month = 1 + index % 12;
		int year = 2024 + index % 3;
		String indent = "            ";
		out.append("          - ref: '").append(priority).append('.').append(number).append("'\n").append(indent)
				.append("title: 'Action ").append(index).append(": improve the service in area ").append(index % 37)
				.append("'\n").append(indent).append("leads: [p").append(index % people);
		if (index % 3 == 0) {
			out.append(", p").append((index + 7) % people);
		}
		out.append("]\n").append(indent).append("start: ").append(year).append("-01\n").append(indent).append("due: ")
				.append(year).append('-').append(month < 10 ? "0" : "").append(month).append('\n').append(indent)
				.append("indicator: Share of cases meeting the standard\n").append(indent)
				.append("success: All teams meet the standard by the deadline\n");
		if (index % 3 == 0) {
			out.append(indent).append("targets:\n").append(indent).append("  - {measure: m").append(index % measures)
					.append(", comparator: '>=', value: ").append(50 + index % 40).append(", by: ").append(year)
					.append("-12}\n");
		}
		if (index % 4 == 1 && number % 100 > 1) {
			out.append(indent).append("dependsOn: ['").append(priority).append('.').append(number - 1).append("']\n");
		}
		if (index % 2 == 0) {
			out.append(indent).append("progress:\n").append(indent).append("  - {date: 2024-06, rag: ")
					.append(RAG[index % 3]).append(", text: Work is under way}\n").append(indent)
					.append("  - {date: 2025-01, rag: ").append(RAG[(index + 1) % 3])
					.append(", text: Second update with more detail}\n");
		}
		out.append(indent).append("addresses: [r").append(index % recommendations).append("]\n");
	}

	/** Writes {@code synthetic-N.plan} and {@code synthetic-N.yaml} into {@code dir}. */
	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args[0]);
		Files.createDirectories(dir);
		for (int i = 1; i < args.length; i++) {
			int n = Integer.parseInt(args[i]);
			SyntheticPlan plan = new SyntheticPlan(n);
			Files.writeString(dir.resolve("synthetic-" + n + ".plan"), plan.plan());
			Files.writeString(dir.resolve("synthetic-" + n + ".yaml"), plan.yaml());
		}
	}
}
