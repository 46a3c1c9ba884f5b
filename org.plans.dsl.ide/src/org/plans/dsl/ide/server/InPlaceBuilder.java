package org.plans.dsl.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.plans.dsl.resource.PlansResource;
import org.plans.dsl.resource.PlansResourceDescription;

/**
 * Xtext's build of the changed files, except that a changed plan file that is loaded is not
 * unloaded and loaded again: it is brought to its new text in place ({@link PlansResource#updateText}),
 * which parses only the edited region again and, when no other file changed, keeps the links
 * the edit cannot change. A file rebuilt because a file it refers to changed
 * keeps its text and is linked again only. Deleted files are unloaded as Xtext does. The index
 * entry kept takes the exported objects' copies the indexing made ({@link PlansIndexer}).
 */
public class InPlaceBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

	@Override
	protected void unloadResource(URI uri) {
		Resource resource = getRequest().getResourceSet().getResource(uri, false);
		if (resource instanceof PlansResource plans && plans.canUpdateText()
				&& !getRequest().getDeletedFiles().contains(uri)) {
			String text = newText(plans);
			if (text != null) {
				plans.updateText(text, onlyChange());
				return;
			}
		}
		super.unloadResource(uri);
	}

	/**
	 * Xtext's copy of a file's index entry, except that a plan file's exported objects are the
	 * copies this build's indexing made ({@code PlansResourceDescription#exportedCopies}), not
	 * copied from every declaration of the file again.
	 */
	@Override
	protected IResourceDescription getSerializableResourceDescription(IResourceDescription description) {
		if (description instanceof PlansResourceDescription plans) {
			IResourceDescription withCopies = plans.withExportedCopies();
			if (withCopies != null) {
				return SerializableResourceDescription.createCopy(withCopies);
			}
		}
		return super.getSerializableResourceDescription(description);
	}

	/** A plan file's findings are kept from its first validation on: the first edit then checks only what it changed. */
	@Override
	protected boolean validate(Resource resource) {
		if (resource instanceof PlansResource plans) {
			plans.keepFindings();
		}
		return super.validate(resource);
	}

	/** Whether this build changes one file only, so that links into the others stay as they were. */
	private boolean onlyChange() {
		return getRequest().getDirtyFiles().size() == 1 && getRequest().getDeletedFiles().isEmpty();
	}

	/** The file's text as the editor (an open document) or the disk has it now; {@code null} if it cannot be read. */
	private String newText(PlansResource resource) {
		try (InputStream in = getRequest().getResourceSet().getURIConverter().createInputStream(resource.getURI())) {
			if (in instanceof LazyStringInputStream text) {
				return text.getString();
			}
			return new String(in.readAllBytes(), Charset.forName(resource.getEncoding()));
		} catch (IOException | RuntimeException unreadable) {
			return null;
		}
	}
}
