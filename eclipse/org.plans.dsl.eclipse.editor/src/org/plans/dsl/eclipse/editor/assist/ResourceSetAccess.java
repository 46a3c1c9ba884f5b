package org.plans.dsl.eclipse.editor.assist;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.util.concurrent.IUnitOfWork;

/** The IDE services' access to other resources: the resource set the document was parsed in. */
record ResourceSetAccess(ResourceSet resourceSet) implements IReferenceFinder.IResourceAccess {

	@Override
	public <R> R readOnly(URI targetURI, IUnitOfWork<R, ResourceSet> work) {
		try {
			return work.exec(resourceSet);
		} catch (RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
