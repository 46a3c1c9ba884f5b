package org.plans.dsl.eclipse.editor.quickfix;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.plans.dsl.eclipse.editor.markers.PlanMarkers;

/**
 * Quick fixes for plans problem markers (Ctrl+1 in the editor, Quick Fix in the Problems view):
 * the fix opens the file in its editor and changes the text there, to be saved by the user.
 */
public class PlanMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getAttribute(PlanMarkers.CODE, null) != null && PlanFixes.handles(marker);
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		ITextEditor editor = editorOf(marker);
		if (editor == null) {
			return new IMarkerResolution[0];
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		return PlanFixes.of(marker, document).stream().map(fix -> resolution(fix, document))
				.toArray(IMarkerResolution[]::new);
	}

	private static IMarkerResolution resolution(PlanFix fix, IDocument document) {
		return new IMarkerResolution() {
			@Override
			public String getLabel() {
				return fix.label();
			}

			@Override
			public void run(IMarker marker) {
				try {
					fix.apply(document);
				} catch (BadLocationException e) {
					// the text changed since the fix was computed: nothing applied
				}
			}
		};
	}

	private static ITextEditor editorOf(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file)) {
			return null;
		}
		try {
			IEditorPart part = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file,
					false);
			return part instanceof ITextEditor editor ? editor : null;
		} catch (PartInitException e) {
			return null;
		}
	}
}
