package org.plans.dsl.resource;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.plans.dsl.naming.PlansQualifiedNameProvider;
import org.plans.dsl.plans.Action;

/**
 * Exports every declaration as Xtext does (an action with an {@code id} under that id as well
 * as its number), but does not walk into blocks that cannot hold
 * one (an action's leads, dates, progress...): most of a plan's objects are such members.
 */
public class PlansResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	private static final Map<EClass, Boolean> MAY_HOLD_DECLARATIONS = new ConcurrentHashMap<>();

	@Override
	public boolean createEObjectDescriptions(EObject eObject, IAcceptor<IEObjectDescription> acceptor) {
		super.createEObjectDescriptions(eObject, acceptor);
		if (eObject instanceof Action action && action.getId() != null) {
			String planId = PlansQualifiedNameProvider.planIdOf(action);
			acceptor.accept(EObjectDescription.create(
					planId == null ? QualifiedName.create(action.getId()) : QualifiedName.create(planId, action.getId()), action));
		}
		return mayHoldDeclarations(eObject.eClass());
	}

	/** Whether objects of this class can contain, at any depth, an object with a name. */
	static boolean mayHoldDeclarations(EClass eClass) {
		Boolean known = MAY_HOLD_DECLARATIONS.get(eClass);
		if (known == null) {
			known = search(eClass, new HashSet<>());
			MAY_HOLD_DECLARATIONS.put(eClass, known);
		}
		return known;
	}

	private static boolean search(EClass eClass, Set<EClass> seen) {
		for (EReference containment : eClass.getEAllContainments()) {
			EClass type = containment.getEReferenceType();
			for (EClassifier classifier : type.getEPackage().getEClassifiers()) {
				if (classifier instanceof EClass candidate && (candidate == type || type.isSuperTypeOf(candidate))
						&& seen.add(candidate)
						&& (PlansQualifiedNameProvider.nameAttribute(candidate) != null || search(candidate, seen))) {
					return true;
				}
			}
		}
		return false;
	}
}
