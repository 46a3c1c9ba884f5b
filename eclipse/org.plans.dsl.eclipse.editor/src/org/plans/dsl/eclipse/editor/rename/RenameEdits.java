package org.plans.dsl.eclipse.editor.rename;

import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.plans.dsl.eclipse.editor.TextEdits;

/**
 * A rename's edits applied to the files: through their text buffers, so an open editor shows
 * the change; a file that had no unsaved changes is saved, one with unsaved changes is left
 * unsaved (as Eclipse's own refactorings do).
 */
final class RenameEdits {

	private RenameEdits() {
	}

	static void apply(Map<IFile, List<TextEdit>> edits) throws CoreException, BadLocationException {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		for (Map.Entry<IFile, List<TextEdit>> entry : edits.entrySet()) {
			IFile file = entry.getKey();
			buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				boolean wasSaved = !buffer.isDirty();
				IDocument document = buffer.getDocument();
				TextEdits.apply(document, new Document(1, document.get()), entry.getValue());
				if (wasSaved) {
					buffer.commit(null, true);
				}
			} finally {
				buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		}
	}
}
