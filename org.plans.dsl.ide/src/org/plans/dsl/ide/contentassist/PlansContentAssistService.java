package org.plans.dsl.ide.contentassist;

import java.util.Arrays;

import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Singleton;

/**
 * Completion as Xtext offers it, but the cursor's offset and each proposal's position are found
 * through an index of line starts: Xtext's {@link Document} reads the text from the start for
 * each of them, which took most of the time of a completion in a 5,000-action file. The index
 * is made once per version of the text and kept for the next completion in it.
 */
@Singleton
public class PlansContentAssistService extends ContentAssistService {

	private volatile LineStarts last = new LineStarts("", new int[] { 0 });

	@Override
	public CompletionList createCompletionList(Document document, XtextResource resource, CompletionParams params,
			CancelIndicator cancelIndicator) {
		String text = document.getContents();
		LineStarts index = last;
		if (index.text != text) {
			index = new LineStarts(text, LineStarts.of(text));
			last = index;
		}
		return super.createCompletionList(new IndexedDocument(document, index.starts), resource, params,
				cancelIndicator);
	}

	/** The text an index was made of (compared by identity: one per version) and its line starts. */
	private record LineStarts(String text, int[] starts) {

		static int[] of(String text) {
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
			return Arrays.copyOf(starts, lines);
		}
	}

	/** The same document, with offsets and positions found by binary search over its line starts. */
	public static final class IndexedDocument extends Document {

		private final int[] lineStarts;

		public IndexedDocument(Document document) {
			this(document, LineStarts.of(document.getContents()));
		}

		IndexedDocument(Document document, int[] lineStarts) {
			super(document.getVersion(), document.getContents(), document.isPrintSourceOnError());
			this.lineStarts = lineStarts;
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

		/** As Xtext's: a character past the end of its line is not in the text (Xtext throws). */
		@Override
		public int getOffSet(Position position) {
			int line = position.getLine();
			int character = position.getCharacter();
			if (line >= 0 && line < lineStarts.length && character >= 0) {
				int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : getContents().length();
				if (lineStarts[line] + character <= end) {
					return lineStarts[line] + character;
				}
			}
			return super.getOffSet(position);
		}
	}
}
