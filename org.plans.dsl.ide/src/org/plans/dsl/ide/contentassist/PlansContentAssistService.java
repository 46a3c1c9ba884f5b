package org.plans.dsl.ide.contentassist;

import java.util.Arrays;

import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Completion as Xtext offers it, but each proposal's position is found through an index of
 * line starts: Xtext's {@link Document#getPosition(int)} reads the text from the start for
 * every proposal, which took most of the time of a completion in a 5,000-action file.
 */
public class PlansContentAssistService extends ContentAssistService {

	@Override
	public CompletionList createCompletionList(Document document, XtextResource resource, CompletionParams params,
			CancelIndicator cancelIndicator) {
		return super.createCompletionList(new IndexedDocument(document), resource, params, cancelIndicator);
	}

	/** The same document, with positions found by binary search over its line starts. */
	static final class IndexedDocument extends Document {

		private final int[] lineStarts;

		IndexedDocument(Document document) {
			super(document.getVersion(), document.getContents(), document.isPrintSourceOnError());
			String text = document.getContents();
			int[] starts = new int[16];
			int lines = 1;
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					if (lines == starts.length) {
						starts = Arrays.copyOf(starts, lines * 2);
					}
					starts[lines++] = i + 1;
				}
			}
			lineStarts = Arrays.copyOf(starts, lines);
		}

		@Override
		public Position getPosition(int offset) {
			if (offset < 0 || offset > getContents().length()) {
				return super.getPosition(offset);
			}
			int line = Arrays.binarySearch(lineStarts, offset);
			if (line < 0) {
				line = -line - 2;
			}
			return new Position(line, offset - lineStarts[line]);
		}
	}
}
