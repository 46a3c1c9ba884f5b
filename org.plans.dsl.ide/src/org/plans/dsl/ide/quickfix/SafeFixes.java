package org.plans.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.plans.dsl.rules.Rule;

/**
 * The quick fixes that can be applied without asking ({@code plans validate --fix}): those with
 * one right answer — a name changed to the id it means (its wrong case, a typo the finding
 * names, the person's name written for the id) and milestones put in date order. Fixes that
 * invent content (a deadline, a person) or choose between lines are left to the author.
 */
public final class SafeFixes {

	private SafeFixes() {
	}

	/** The text of {@code resource} with the safe fixes of its {@code issues} applied, or empty when there are none. */
	public static Optional<String> apply(XtextResource resource, List<Issue> issues) {
		if (resource.getParseResult() == null || resource.getContents().isEmpty()) {
			return Optional.empty();
		}
		String text = NodeModelUtils.getNode(resource.getContents().get(0)).getRootNode().getText();
		List<TextReplacement> chosen = new ArrayList<>();
		for (Issue issue : issues) {
			for (TextReplacement replacement : replacements(resource, text, issue)) {
				if (chosen.stream().noneMatch(replacement::overlaps)) {
					chosen.add(replacement);
				}
			}
		}
		if (chosen.isEmpty()) {
			return Optional.empty();
		}
		chosen.sort(Comparator.comparingInt(TextReplacement::start).reversed());
		StringBuilder fixed = new StringBuilder(text);
		chosen.forEach(r -> fixed.replace(r.start(), r.end(), r.text()));
		return Optional.of(fixed.toString());
	}

	private static List<TextReplacement> replacements(XtextResource resource, String text, Issue issue) {
		Rule rule = issue.getCode() == null ? null : Rule.byCode(issue.getCode()).orElse(null);
		if (rule == Rule.UNRESOLVED_REFERENCE && issue.getOffset() != null && issue.getLength() != null) {
			List<String> data = ChangeToMeantId.data(issue.getData());
			return ChangeToMeantId.replacement(text, issue.getOffset(), issue.getOffset() + issue.getLength(), data)
					.stream().toList();
		}
		if (rule == Rule.OUT_OF_ORDER && issue.getUriToProblem() != null) {
			EObject obj = resource.getEObject(issue.getUriToProblem().fragment());
			return obj == null ? List.of() : PlansQuickfixProvider.milestonesInOrder(obj);
		}
		return List.of();
	}
}
