package org.plans.dsl.ide.contentassist;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.plans.dsl.plans.PlansPackage;

/**
 * Completion: the keywords the grammar allows where the cursor is (words only, no
 * punctuation), declarations through {@link PlansCrossrefProposalProvider}, and snippets
 * for the lines authors write most: deadlines, targets, milestones and progress.
 */
public class PlansContentProposalProvider extends IdeContentProposalProvider {

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		String value = keyword.getValue();
		// after "target" the grammar would allow the next member, but an author means a measure there
		return !value.isEmpty() && Character.isLetter(value.charAt(0)) && !justAfter(context, "target");
	}

	/** After {@code due}, {@code start}, {@code milestone ... by}: the months of the plan's period, or a date snippet. */
	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		super._createProposals(assignment, context, acceptor);
		if ("date".equals(assignment.getFeature()) && assignment.getTerminal() instanceof RuleCall call
				&& "DateValue".equals(call.getRule().getName()) && context.getPrefix().isEmpty()) {
			List<String> months = PeriodMonths.of(context.getResource());
			if (months.isEmpty()) {
				snippet("${1:" + YearMonth.now() + "}", "YYYY-MM", context, acceptor);
			}
			for (String month : months) {
				ContentAssistEntry entry = getProposalCreator().createProposal(month, context);
				if (entry != null) {
					entry.setDescription("a month of the plan's period");
					acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
				}
			}
		}
	}

	/** Whether the last complete token before the cursor is the keyword {@code word}. */
	private static boolean justAfter(ContentAssistContext context, String word) {
		INode last = context.getLastCompleteNode();
		return last != null && context.getPrefix().isEmpty() && last.getGrammarElement() instanceof Keyword keyword
				&& keyword.getValue().equals(word);
	}

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		super._createProposals(keyword, context, acceptor);
		String month = YearMonth.now().toString();
		switch (keyword.getValue()) {
		case "due":
			snippet("due ${1:" + month + "}", "due <date>", context, acceptor);
			snippet("due from ${1:" + month + "} and ongoing", "due from <date> and ongoing", context, acceptor);
			snippet("due ${1:" + month + "} and ${2|monthly,quarterly,annually|}", "due <date> and <cadence>", context,
					acceptor);
			snippet("due immediately", "due immediately", context, acceptor);
			snippet("due about ${1:" + month + "}", "due about <date>", context, acceptor);
			snippet("due ${1:" + YearMonth.now().getYear() + "}-${2|spring,summer,autumn,winter|}", "due <year>-<season>",
					context, acceptor);
			snippet("due ${1:" + fy() + "}-${2|Q1,Q2,Q3,Q4|}", "due <financial year>-<quarter>", context, acceptor);
			break;
		case "start":
			snippet("start ${1:" + month + "}", "start <date>", context, acceptor);
			snippet("start immediately", "start immediately", context, acceptor);
			break;
		case "about":
			snippet("about ${1:" + month + "}", "about <date>", context, acceptor);
			break;
		case "financial":
			snippet("financial year starts ${1:" + YearMonth.now().getYear() + "-04}", "financial year starts <month>",
					context, acceptor);
			break;
		case "target":
			snippet("target ${1" + choice(names(context, PlansPackage.Literals.TARGET__MEASURE), "measure")
					+ "} ${2|>=,<=,>,<,=|} ${3:80}${4:%} by ${5:" + month + "}", "target <measure> >= <value> by <date>",
					context, acceptor);
			break;
		case "milestone":
			snippet("milestone ${1:0} by ${2:" + month + "}", "milestone <value> by <date>", context, acceptor);
			break;
		case "progress":
			snippet("progress ${1:" + month + "} ${2|green,amber,red,blue|} \"${3:what happened}\"",
					"progress <date> <RAG> \"…\"", context, acceptor);
			break;
		default:
			break;
		}
	}

	/** This year's financial year as written: 2026/27. */
	private static String fy() {
		int year = YearMonth.now().getYear();
		return String.format("%d/%02d", year, (year + 1) % 100);
	}

	private void snippet(String text, String label, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = getProposalCreator().createSnippet(text, label, context);
		if (entry != null) {
			entry.setDescription("snippet");
			acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
		}
	}

	/** Short names of the declarations a reference could point to from here. */
	private List<String> names(ContentAssistContext context, EReference reference) {
		List<String> names = new ArrayList<>();
		if (context.getCurrentModel() == null) {
			return names;
		}
		IScope scope = getScopeProvider().getScope(context.getCurrentModel(), reference);
		for (IEObjectDescription candidate : scope.getAllElements()) {
			if (candidate.getName().getSegmentCount() == 1) {
				names.add(candidate.getName().toString());
			}
		}
		return names;
	}

	/** A snippet choice ({@code |a,b|}), or a placeholder when there is nothing to choose from. */
	private static String choice(List<String> options, String placeholder) {
		return options.isEmpty() ? ":" + placeholder : "|" + String.join(",", options) + "|";
	}
}
