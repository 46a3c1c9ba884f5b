package org.plans.dsl.validation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.plans.dsl.resource.PlansResource;
import org.plans.dsl.resource.TextShift;

/**
 * Xtext's resource validator, except in a file edited in place (the language server): a finding
 * kept from the validation before (the same diagnostic, {@link PlansDiagnostician}) gets the
 * issue made for it then, moved with its object's text ({@link KeptIssue}), instead of a new one
 * (its URI, node and lines looked up again: a fifth of an edit of a file with 16,000 warnings).
 */
public class PlansResourceValidator extends ResourceValidatorImpl {

	/** The issues of the file's last validation, by the finding they were made for. */
	private static final class Kept extends AdapterImpl {

		final Map<Diagnostic, KeptIssue> byDiagnostic;

		/** The file's text version the issues were made for ({@link PlansResource#textVersion}). */
		final int textVersion;

		Kept(Map<Diagnostic, KeptIssue> byDiagnostic, int textVersion) {
			this.byDiagnostic = byDiagnostic;
			this.textVersion = textVersion;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Kept.class;
		}
	}

	/**
	 * The validation under way on this thread: the issues kept before, those kept for the next, and
	 * how the one edit since the issues before were made moved the text (null if not one edit).
	 */
	private record Run(Resource resource, Map<Diagnostic, KeptIssue> before, Map<Diagnostic, KeptIssue> next,
			TextShift shift) {
	}

	private final ThreadLocal<Run> run = new ThreadLocal<>();

	@Override
	protected void validate(Resource resource, CheckMode mode, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		if (!(resource instanceof PlansResource plans) || plans.editLog() == null) {
			super.validate(resource, mode, monitor, acceptor);
			return;
		}
		Kept before = (Kept) EcoreUtil.getExistingAdapter(plans, Kept.class);
		int version = plans.textVersion();
		Map<Diagnostic, KeptIssue> kept = before == null ? Map.of() : before.byDiagnostic;
		Run current = new Run(resource, kept, new IdentityHashMap<>(kept.size()),
				before == null ? null : plans.shiftSince(before.textVersion));
		run.set(current);
		try {
			super.validate(resource, mode, monitor, acceptor);
		} finally {
			run.remove();
		}
		plans.eAdapters().removeIf(Kept.class::isInstance);
		plans.eAdapters().add(new Kept(current.next(), version));
	}

	@Override
	protected void issueFromEValidatorDiagnostic(Diagnostic diagnostic, IAcceptor<Issue> acceptor) {
		Run current = run.get();
		if (current == null) {
			super.issueFromEValidatorDiagnostic(diagnostic, acceptor);
			return;
		}
		KeptIssue kept = current.before().get(diagnostic);
		Issue now = kept == null ? null : kept.now(current.resource(), current.shift());
		if (now != null) {
			current.next().put(diagnostic, kept.at(now));
			acceptor.accept(now);
			return;
		}
		List<Issue> made = new ArrayList<>(1);
		super.issueFromEValidatorDiagnostic(diagnostic, made::add);
		if (made.size() == 1 && diagnostic.getData().size() > 0 && diagnostic.getData().get(0) instanceof EObject causer) {
			KeptIssue fresh = KeptIssue.of(made.get(0), causer);
			if (fresh != null) {
				current.next().put(diagnostic, fresh);
			}
		}
		made.forEach(acceptor::accept);
	}
}
