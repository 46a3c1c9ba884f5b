package org.plans.dsl.resource;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.antlr.IReferableElementsUnloader;

/** Xtext's unloader, which first tells the plan file what partial parsing replaces ({@link KeptLinks}). */
public class PlansUnloader extends IReferableElementsUnloader.GenericUnloader {

	@Override
	public void unloadRoot(EObject root) {
		if (root.eResource() instanceof PlansResource plans) {
			plans.replacing(root);
		}
		super.unloadRoot(root);
	}
}
