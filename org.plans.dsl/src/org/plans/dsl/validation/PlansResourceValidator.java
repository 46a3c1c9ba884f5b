package org.plans.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.plans.dsl.resource.PlansResource;

/**
 * Xtext's conversion of findings into issues, except in a file edited in place (the language
 * server): there a finding kept across an edit whose place the edit did not touch gets the issues
 * made of it before, moved if the edit was before it ({@link KeptIssues}), instead of having its
 * place in the text looked up again. A file loaded and checked once is converted as Xtext does.
 */
public class PlansResourceValidator extends ResourceValidatorImpl {

	/** The validation under way on this thread, if it is of a file edited in place. */
	private final ThreadLocal<KeptIssues.Run> run = new ThreadLocal<>();

	@Override
	protected void validate(Resource resource, CheckMode mode, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		if (!(resource instanceof PlansResource plans) || plans.editLog() == null || plans.getParseResult() == null) {
			super.validate(resource, mode, monitor, acceptor);
			return;
		}
		KeptIssues.Run current = new KeptIssues.Run(plans, KeptIssues.of(plans),
				plans.getParseResult().getRootNode().getText());
		run.set(current);
		try {
			super.validate(resource, mode, monitor, acceptor);
		} finally {
			run.remove();
		}
		KeptIssues.store(plans, current.result());
	}

	@Override
	protected void issueFromEValidatorDiagnostic(Diagnostic diagnostic, IAcceptor<Issue> acceptor) {
		KeptIssues.Run current = run.get();
		if (current == null) {
			super.issueFromEValidatorDiagnostic(diagnostic, acceptor);
			return;
		}
		List<Issue> issues = current.kept(diagnostic);
		if (issues == null) {
			List<Issue> made = new ArrayList<>();
			super.issueFromEValidatorDiagnostic(diagnostic, made::add);
			current.made(diagnostic, made);
			issues = made;
		}
		issues.forEach(acceptor::accept);
	}
}
