package org.plans.dsl.validation;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.CheckMode;
import org.plans.dsl.facts.DerivedReads;
import org.plans.dsl.facts.PlanFactsCache;
import org.plans.dsl.facts.Unchanged;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.resource.EditLog;
import org.plans.dsl.resource.PlansResource;

import com.google.inject.Inject;

/**
 * Xtext's diagnostician, except in a file edited in place (the language server): there the
 * findings of each action are kept ({@link ActionFindings}) and, after an edit, reused for the
 * actions the edit cannot have changed ({@link ChangedActions}); the rest of the file is checked
 * as always. A file loaded and checked once (the command line) is checked as Xtext does.
 */
public class PlansDiagnostician extends CancelableDiagnostician {

	/** The validation of one file under way: the findings kept before, and those kept for next time. */
	private record Run(ActionFindings before, ChangedActions changes, Map<Action, ActionFindings.Entry> next,
			int[] checked, Map<Object, Map<Object, Boolean>> sameReads) {
	}

	@Inject
	private ValidationOptions options;

	@Inject
	private RuleSettings settings;

	@Inject
	private PlanFactsCache facts;

	@Inject
	public PlansDiagnostician(EValidator.Registry registry) {
		super(registry);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(eObject instanceof PlanFile) || !(eObject.eResource() instanceof PlansResource resource)
				|| resource.editLog() == null || diagnostics == null || context == null) {
			return super.validate(eClass, eObject, diagnostics, context);
		}
		EditLog log = resource.editLog();
		Object stamp = List.of(String.valueOf(context.get(CheckMode.KEY)), options.asOf(), Map.copyOf(options.severityOverrides()),
				options.warningsAsErrors(), settings.config(resource));
		ActionFindings before = ActionFindings.of(resource);
		if (before == null || !before.stamp.equals(stamp)) {
			before = new ActionFindings(Map.of(), stamp, 0);
		}
		Run run = new Run(before, ChangedActions.of(log), new IdentityHashMap<>(), new int[1], new HashMap<>());
		context.put(Run.class, run);
		boolean result = super.validate(eClass, eObject, diagnostics, context);
		context.remove(Run.class);
		ActionFindings.store(resource, new ActionFindings(run.next(), stamp, run.checked()[0]));
		log.reset();
		return result;
	}

	/** Whether the whole-plan values the kept findings were worked out with are the same now. */
	private boolean sameReads(ActionFindings.Entry kept, Action action, Run run, Map<Object, Object> context) {
		for (DerivedReads.Read read : kept.reads()) {
			// most actions read the same few values (the "as of" date): each value compared once per run
			Map<Object, Boolean> byValue = run.sameReads().computeIfAbsent(read.key(), k -> new IdentityHashMap<>());
			Boolean same = read.repeatable() ? byValue.get(read.value()) : Boolean.FALSE;
			if (same == null) {
				same = read.sameIn(PlanRules.plan(action, context, facts));
				byValue.put(read.value(), same);
			}
			if (!same) {
				return false;
			}
		}
		return true;
	}

	/**
	 * How many actions of {@code resource} the last validation checked, and how many it has (the
	 * others' findings were reused); null if it was not edited in place or not yet validated since.
	 */
	public static int[] actionsChecked(Resource resource) {
		ActionFindings findings = resource instanceof PlansResource plans ? ActionFindings.of(plans) : null;
		return findings == null ? null : new int[] { findings.checked, findings.byAction.size() };
	}

	/** What the edits of the file under validation cannot have changed (nothing outside such a run). */
	static Unchanged unchanged(Map<Object, Object> context) {
		Run run = context == null ? null : (Run) context.get(Run.class);
		if (run == null) {
			return Unchanged.NOTHING;
		}
		return new Unchanged() {

			@Override
			public boolean action(Action action) {
				return run.changes().unchanged(action);
			}

			@Override
			public boolean derived(Object key) {
				return key instanceof PlanRules.PlanWideKey planWide && run.changes().untouched(planWide.reads());
			}
		};
	}

	@Override
	protected boolean doValidateContents(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Run run = context == null ? null : (Run) context.get(Run.class);
		if (run == null) {
			return super.doValidateContents(eObject, diagnostics, context);
		}
		boolean result = true;
		for (EObject child : eObject.eContents()) {
			result &= child instanceof Action action ? validateAction(action, run, diagnostics, context)
					: validate(child, diagnostics, context);
		}
		return result;
	}

	private boolean validateAction(Action action, Run run, DiagnosticChain diagnostics, Map<Object, Object> context) {
		ActionFindings.Entry kept = run.before().byAction.get(action);
		if (kept == null || run.changes().touches(action, kept) || !sameReads(kept, action, run, context)) {
			BasicDiagnostic found = new BasicDiagnostic();
			int positions = Labels.positionsWritten();
			List<DerivedReads.Read> reads = DerivedReads.during(() -> validate(action, found, context));
			Set<EObject> dependsOn = ActionFindings.dependencies(action);
			boolean reusable = dependsOn != null && positions == Labels.positionsWritten();
			kept = new ActionFindings.Entry(List.copyOf(found.getChildren()), reusable ? dependsOn : Set.of(),
					reusable ? reads : List.of(), reusable);
			run.checked()[0]++;
		}
		run.next().put(action, kept);
		for (Diagnostic diagnostic : kept.diagnostics()) {
			diagnostics.add(diagnostic);
		}
		return kept.ok();
	}
}
