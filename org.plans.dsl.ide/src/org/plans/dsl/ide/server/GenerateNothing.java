package org.plans.dsl.ide.server;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The language server generates no files: generators run from the command line. Xtext's
 * default answer ({@link IShouldGenerate.OnlyWithoutErrors}) validated every error-free file a
 * second time after each edit just to decide.
 */
public class GenerateNothing implements IShouldGenerate {

	@Override
	public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
		return false;
	}
}
