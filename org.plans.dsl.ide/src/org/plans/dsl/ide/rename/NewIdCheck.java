package org.plans.dsl.ide.rename;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.plans.dsl.plans.PlansPackage;

import com.google.common.collect.Iterables;
import com.google.inject.Inject;

/** Whether a declaration may take a new id: the reason it may not, in words, or nothing. */
public class NewIdCheck {

	/** An id as the grammar's ID terminal reads it, without the {@code ^} escape. */
	private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

	/** The kinds of declaration whose ids must differ within a plan (see PLAN-101). */
	private static final List<EClass> KINDS = List.of(PlansPackage.Literals.PARTY, PlansPackage.Literals.MEASURE,
			PlansPackage.Literals.SOURCE, PlansPackage.Literals.BOARD, PlansPackage.Literals.PRIORITY,
			PlansPackage.Literals.OBJECTIVE, PlansPackage.Literals.ACTION, PlansPackage.Literals.PLAN);

	@Inject
	private IGrammarAccess grammar;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private ResourceDescriptionsProvider index;

	private Set<String> keywords;

	/** Why {@code declaration} may not be renamed to {@code newId}, if it may not. */
	public Optional<String> refusal(EObject declaration, String newId) {
		String id = newId == null ? "" : newId.trim();
		if (keywords().contains(id)) {
			return Optional.of("'" + id + "' is a keyword: choose another id, such as '" + id + "-1'.");
		}
		if (id.startsWith("^")) {
			return Optional.of("Write the id without '^' ('" + id + "'): an id cannot be a keyword.");
		}
		if (!ID.matcher(id).matches()) {
			return Optional.of("'" + id + "' is not an id: an id starts with a letter and holds letters, digits, '-' and '_'.");
		}
		QualifiedName old = declaration == null ? null : names.getFullyQualifiedName(declaration);
		Optional<EClass> kind = declaration == null ? Optional.empty() : kindOf(declaration.eClass());
		if (old == null || kind.isEmpty() || old.getLastSegment().equals(id)) {
			return Optional.empty();
		}
		QualifiedName wanted = old.skipLast(1).append(id);
		IResourceDescriptions all = index.getResourceDescriptions(declaration.eResource().getResourceSet());
		if (!Iterables.isEmpty(all.getExportedObjects(kind.get(), wanted, false))) {
			return Optional.of("'" + id + "' is already the id of another " + words(kind.get())
					+ " in this plan: choose another id.");
		}
		return Optional.empty();
	}

	private Set<String> keywords() {
		if (keywords == null) {
			keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
		}
		return keywords;
	}

	private static Optional<EClass> kindOf(EClass type) {
		return KINDS.stream().filter(kind -> kind.isSuperTypeOf(type)).findFirst();
	}

	private static String words(EClass kind) {
		return kind == PlansPackage.Literals.PARTY ? "person, role, team or partner"
				: kind.getName().toLowerCase(Locale.ROOT);
	}
}
