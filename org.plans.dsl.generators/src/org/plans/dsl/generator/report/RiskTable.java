package org.plans.dsl.generator.report;

import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.html.Markup;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.Block;
import org.plans.dsl.plans.Risk;

/** The board report's risks section: each risk with where it is written, its likelihood and its impact. */
final class RiskTable {

	private RiskTable() {
	}

	static String section(PlanFacts plan) {
		if (plan.risks().isEmpty()) {
			return "";
		}
		StringBuilder sb = new StringBuilder("<section>\n<h2>Risks (" + plan.risks().size() + ")</h2>\n"
				+ "<table class=\"risks\">\n<thead><tr><th>Risk</th><th>On</th><th>Likelihood</th><th>Impact</th></tr></thead>\n<tbody>\n");
		for (Risk risk : plan.risks()) {
			sb.append("<tr>").append(Markup.element("td", null, risk.getText()))
					.append(Markup.element("td", null, risk.eContainer() instanceof Block block ? Words.block(block) : ""))
					.append(Markup.element("td", null, Words.riskLevel(risk, "likelihood")))
					.append(Markup.element("td", null, Words.riskLevel(risk, "impact"))).append("</tr>\n");
		}
		return sb.append("</tbody>\n</table>\n</section>\n").toString();
	}
}
