package org.plans.dsl.validation;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.validation.Check;
import org.plans.dsl.facts.DateSpan;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.rules.Rule;

/**
 * Calendar quarters ({@code 2022-Q3}) in a plan whose own words count quarters of financial
 * years ("Q2 2022/23"): the author may have meant the financial quarter ({@code 2022/23-Q2}).
 */
public class FinancialQuarterRules extends PlanRules {

	private static final List<String> DATE_FEATURES = List.of("date", "from", "to");

	/** "Q2 2022/23", "2022/23 Q2", "Q2 of 2022/23": a quarter beside a financial year, a few words apart. */
	private static final Pattern FINANCIAL_QUARTER_WORDS = Pattern.compile(
			"\\bQ[1-4]\\b[^.\\n\\d]{0,8}\\b\\d{4}/\\d{2}\\b|\\b\\d{4}/\\d{2}\\b[^.\\n\\d]{0,8}\\bQ[1-4]\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CALENDAR_QUARTER = Pattern.compile("\\d{4}-[Qq][1-4]");

	@Check
	public void calendarQuarterInFinancialPlan(EObject obj) {
		for (EAttribute attribute : obj.eClass().getEAllAttributes()) {
			if (DATE_FEATURES.contains(attribute.getName()) && attribute.getEType() == EcorePackage.Literals.ESTRING
					&& obj.eGet(attribute) instanceof String text && CALENDAR_QUARTER.matcher(text).matches()) {
				PlanFacts plan = plan(obj);
				Optional<String> words = plan.derived(FinancialQuarterRules.class, FinancialQuarterRules::quarterWords);
				Optional<DateSpan> span = plan.span(text);
				if (words.isPresent() && span.isPresent()) {
					DateSpan quarter = span.get();
					report(Rule.CALENDAR_QUARTER_IN_FINANCIAL_PLAN, "'" + text + "' is a calendar quarter ("
							+ month(quarter.first()) + " to " + month(quarter.last()) + " " + quarter.last().getYear()
							+ "), but the plan's text counts quarters of financial years (\"" + words.get()
							+ "\"). If the financial quarter is meant, write "
							+ financialForm(quarter.first(), plan.calendar().financialYearStart()) + ".", obj, attribute);
				}
			}
		}
	}

	private static String month(LocalDate day) {
		return day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
	}

	/** The first words in the plan's texts that name a financial year's quarter, if any. */
	private static Optional<String> quarterWords(PlanFacts plan) {
		for (PlanFile file : plan.files()) {
			Iterable<EObject> all = () -> EcoreUtil.getAllContents(file, true);
			for (EObject obj : all) {
				for (EAttribute attribute : obj.eClass().getEAllAttributes()) {
					if (attribute.getEType() == EcorePackage.Literals.ESTRING && !attribute.isMany()
							&& !DATE_FEATURES.contains(attribute.getName()) && obj.eGet(attribute) instanceof String text) {
						Matcher m = FINANCIAL_QUARTER_WORDS.matcher(text);
						if (m.find()) {
							return Optional.of(m.group());
						}
					}
				}
			}
		}
		return Optional.empty();
	}

	/** The financial quarter that starts with {@code day}'s quarter: 2022-07-01 with April starts is 2022/23-Q2. */
	static String financialForm(LocalDate day, Month yearStart) {
		int offset = Math.floorMod(day.getMonthValue() - yearStart.getValue(), 12);
		int startYear = day.getMonthValue() >= yearStart.getValue() ? day.getYear() : day.getYear() - 1;
		return String.format("%d/%02d-Q%d", startYear, (startYear + 1) % 100, offset / 3 + 1)
				+ (offset % 3 == 0 ? "" : " (the financial quarter it starts in)");
	}
}
