package org.plans.dsl.eclipse.editor.assist;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** A link to a declaration: opens its file (if it is another) and selects the name. */
final class DeclarationLink implements IHyperlink {

	private final IRegion region;
	private final Location location;

	DeclarationLink(IRegion region, Location location) {
		this.region = region;
		this.location = location;
	}

	@Override
	public IRegion getHyperlinkRegion() {
		return region;
	}

	@Override
	public String getTypeLabel() {
		return "Declaration";
	}

	@Override
	public String getHyperlinkText() {
		return "Open Declaration";
	}

	/** The workspace file the declaration is in, or null. */
	IFile file() {
		URI uri = URI.createURI(location.getUri());
		if (!uri.isFile()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(new Path(uri.path()));
	}

	@Override
	public void open() {
		IFile file = file();
		if (file == null) {
			return;
		}
		try {
			IEditorPart part = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
			if (part instanceof ITextEditor editor) {
				IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
				int start = offset(document, location.getRange().getStart());
				int end = offset(document, location.getRange().getEnd());
				editor.selectAndReveal(start, end - start);
			}
		} catch (PartInitException | BadLocationException e) {
			// the declaration's file cannot be opened; nothing to select
		}
	}

	static int offset(IDocument document, Position position) throws BadLocationException {
		return document.getLineOffset(position.getLine()) + position.getCharacter();
	}
}
