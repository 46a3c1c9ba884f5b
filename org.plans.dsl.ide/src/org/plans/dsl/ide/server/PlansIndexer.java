package org.plans.dsl.ide.server;

import org.eclipse.xtext.build.Indexer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.plans.dsl.resource.PlansResourceDescription;

/**
 * Xtext's indexing of the changed files, except that a plan file's exported objects are copied
 * for the build's index from the last copy where an in-place edit allows
 * ({@link PlansResourceDescription#exportedCopies}), not from every object of the file again.
 */
public class PlansIndexer extends Indexer {

	@Override
	protected IResourceDescription getResolvedResourceDescription(IResourceDescription description) {
		if (description instanceof PlansResourceDescription plans) {
			return plans.exportedCopies();
		}
		return super.getResolvedResourceDescription(description);
	}
}
