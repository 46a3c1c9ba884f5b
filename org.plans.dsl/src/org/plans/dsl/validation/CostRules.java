package org.plans.dsl.validation;

import static org.plans.dsl.plans.PlansPackage.Literals.COST__TEXT;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Check;
import org.plans.dsl.facts.CostFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.plans.Cost;
import org.plans.dsl.plans.RatePeriod;
import org.plans.dsl.rules.Rule;

/**
 * Costs whose rate is only in their words: {@code cost £350 "per day for 6 months"} is left out of
 * the totals (it is not a sum spent once), where {@code cost £350 per day for 6 months} is added up.
 */
public class CostRules extends PlanRules {

	/** "for 6 months", "for 120 days" right after the rate: the duration the structured form can hold. */
	private static final Pattern DURATION = Pattern.compile("(?i)\\bfor\\s+(\\d+)\\s+(day|week|month|year)s?\\b");

	/** "5 days a week": a frequency, which the structured form cannot hold, so no duration is suggested. */
	private static final Pattern FREQUENCY = Pattern.compile("(?i)\\d+\\s+\\w+\\s+(a|an|per|each)\\s+(day|week|month|year)\\b");

	@Check
	public void rateInWords(Cost cost) {
		if (cost.isNone() || cost.isOneOff() || cost.isUpTo() || Plans.isWritten(cost, "rate") || cost.getAmount() == null
				|| cost.getAmount().getCurrency() == null || cost.getAmount().getValue() == null) {
			return;
		}
		Optional<RatePeriod> rate = CostFacts.rateInWords(cost.getText());
		if (rate.isEmpty()) {
			return;
		}
		String amount = cost.getAmount().getCurrency() + cost.getAmount().getValue().toPlainString();
		Matcher duration = DURATION.matcher(cost.getText());
		String suggestion = "cost " + amount + " per " + rate.get().getLiteral()
				+ (!FREQUENCY.matcher(cost.getText()).find() && duration.find() ? " for " + duration.group(1) + " " + duration.group(2).toLowerCase(Locale.ROOT)
						+ ("1".equals(duration.group(1)) ? "" : "s") : "");
		report(Rule.RATE_IN_WORDS, "This cost's words give it a rate (\"" + cost.getText().strip()
				+ "\"), so it is left out of the plan's totals. To have it added up, write the rate in the cost, such as: "
				+ suggestion + " \"...\"", cost, COST__TEXT);
	}
}
