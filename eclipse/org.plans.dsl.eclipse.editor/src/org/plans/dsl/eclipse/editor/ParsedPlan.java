package org.plans.dsl.eclipse.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;

/**
 * One editor document parsed by the language: its resource (in a resource set with the other
 * plan files of its project, so names from other files resolve), the text as the IDE services
 * see it, and the workspace file, or null for a document that is no file of the workspace.
 */
public record ParsedPlan(XtextResource resource, Document document, IFile file, long stamp) {

	public String uri() {
		return resource.getURI().toString();
	}

	public Position position(int offset) {
		return document.getPosition(offset);
	}

	public int offset(Position position) {
		return document.getOffSet(position);
	}
}
