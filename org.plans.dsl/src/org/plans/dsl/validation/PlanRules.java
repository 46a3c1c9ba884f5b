package org.plans.dsl.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.util.Tuples;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.AsOfDate;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.PlanFactsCache;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.rules.Rule;

import com.google.inject.Inject;

/**
 * Base of the rule classes composed into {@link PlansValidator}: reports with the
 * severity {@link RuleSettings} gives the code, and gives each rule the plan's facts.
 */
public abstract class PlanRules extends AbstractDeclarativeValidator {

	/** One finding of a whole-plan rule: where, and what to say. */
	public record Finding(EObject object, EStructuralFeature feature, int index, String message) {

		public Finding(EObject object, EStructuralFeature feature, String message) {
			this(object, feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX, message);
		}
	}

	@Inject
	private RuleSettings settings;

	@Inject
	private PlanFactsCache facts;

	@Inject
	private ValidationOptions options;

	/** Composed into {@link PlansValidator}, so not registered on its own. */
	@Override
	public void register(EValidatorRegistrar registrar) {
	}

	/** The facts of the plan {@code obj} belongs to; looked up once per file per validation run. */
	protected PlanFacts plan(EObject obj) {
		return plan(obj, getContext(), facts);
	}

	/** The facts of {@code obj}'s plan, looked up once per file in a validation run's {@code context}. */
	static PlanFacts plan(EObject obj, Map<Object, Object> context, PlanFactsCache facts) {
		EObject root = EcoreUtil.getRootContainer(obj);
		if (context == null) {
			return facts.of(root);
		}
		return (PlanFacts) context.computeIfAbsent(Tuples.pair(PlanFacts.class, root),
				key -> facts.of(root, PlansDiagnostician.unchanged(context)));
	}

	protected ActionFacts facts(Action action) {
		return plan(action).action(action).orElseGet(() -> ActionFacts.of(action));
	}

	/** The facts of a resolved measure; null for none or an unresolved one. */
	protected MeasureFacts measureFacts(Measure measure) {
		return measure == null || measure.eIsProxy() || measure.eResource() == null ? null
				: plan(measure).measure(measure);
	}

	/** The caller's "as of" date, else the plan's; empty when neither gives one ({@link AsOfDate}). */
	protected Optional<LocalDate> asOf(EObject obj) {
		return AsOfDate.of(options.asOf(), plan(obj)).day();
	}

	protected RuleSettings settings() {
		return settings;
	}

	protected boolean isOn(Rule rule, EObject obj) {
		return settings.level(rule, obj.eResource()) != Rule.Level.IGNORE;
	}

	protected void report(Rule rule, String message, EObject obj, EStructuralFeature feature) {
		report(rule, message, obj, feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX);
	}

	protected void report(Rule rule, String message, EObject obj, EStructuralFeature feature, int index) {
		report(rule, settings.level(rule, obj.eResource()), message, obj, feature, index);
	}

	/** Reports at the configured level, but no more seriously than {@code most} (a finding the plan already admits). */
	protected void reportAtMost(Rule.Level most, Rule rule, String message, EObject obj, EStructuralFeature feature) {
		Rule.Level level = settings.level(rule, obj.eResource());
		report(rule, level.compareTo(most) < 0 ? most : level, message, obj, feature,
				ValidationMessageAcceptor.INSIGNIFICANT_INDEX);
	}

	private void report(Rule rule, Rule.Level level, String message, EObject obj, EStructuralFeature feature, int index) {
		String code = rule.code();
		switch (level) {
		case ERROR -> getMessageAcceptor().acceptError(message, obj, feature, index, code);
		case WARNING -> getMessageAcceptor().acceptWarning(message, obj, feature, index, code);
		case INFO -> getMessageAcceptor().acceptInfo(message, obj, feature, index, code);
		case IGNORE -> {
		}
		}
	}

	/**
	 * The key a whole-plan rule's findings are kept under, with the classes of what it reads: an
	 * in-place edit that touched nothing of those classes, and moved no line, leaves the findings
	 * as they were (their messages may say on which line something is).
	 */
	record PlanWideKey(String code, Object key, List<Class<? extends EObject>> reads) {
	}

	/**
	 * Runs a whole-plan rule once per plan (the findings are kept with the plan's facts) and
	 * reports the findings that lie in {@code file}.
	 */
	protected void reportPlanFindings(PlanFile file, Rule rule, Object key, Function<PlanFacts, List<Finding>> findingsOf) {
		reportPlanFindings(file, rule, key, List.of(EObject.class), findingsOf);
	}

	/** As the other, for a rule that reads only objects of the classes {@code reads} (and what they hold). */
	protected void reportPlanFindings(PlanFile file, Rule rule, Object key, List<Class<? extends EObject>> reads,
			Function<PlanFacts, List<Finding>> findingsOf) {
		if (!isOn(rule, file)) {
			return;
		}
		report(file, rule, plan(file).derived(new PlanWideKey(rule.code(), key, reads), findingsOf));
	}

	/** Reports the findings of a whole-plan rule that lie in {@code file}. */
	protected void report(PlanFile file, Rule rule, List<Finding> findings) {
		for (Finding finding : findings) {
			if (finding.object().eResource() == file.eResource()) {
				report(rule, finding.message(), finding.object(), finding.feature(), finding.index());
			}
		}
	}
}
