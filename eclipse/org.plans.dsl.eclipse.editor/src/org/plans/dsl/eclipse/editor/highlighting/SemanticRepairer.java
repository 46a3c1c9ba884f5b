package org.plans.dsl.eclipse.editor.highlighting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.plans.dsl.eclipse.editor.PlansLanguage;

/**
 * Colours the whole document from the language's semantic highlighter
 * ({@code PlansSemanticHighlighter}, the one behind the language server's semantic tokens).
 * The document is parsed on its own here, on the UI thread, so that typing is never held up
 * by the project's other files; a name from another file still gets the colour of the kind of
 * declaration its reference asks for.
 */
final class SemanticRepairer implements IPresentationDamager, IPresentationRepairer {

	private IDocument document;
	private String styledText;
	private List<StyleRange> styles = List.of();

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		return new Region(0, event.getDocument().getLength());
	}

	/**
	 * The styles within the damaged region (the whole text after an edit, a line when an
	 * annotation such as a marked occurrence changes), from one parse per text.
	 */
	@Override
	public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
		String text = document.get();
		if (!text.equals(styledText)) {
			styles = styles(text);
			styledText = text;
		}
		int start = damage.getOffset();
		int end = start + damage.getLength();
		for (StyleRange range : styles) {
			int from = Math.max(start, range.start);
			int to = Math.min(end, range.start + range.length);
			if (from < to) {
				StyleRange clipped = (StyleRange) range.clone();
				clipped.start = from;
				clipped.length = to - from;
				presentation.addStyleRange(clipped);
			}
		}
	}

	/** Sorted, non-overlapping style ranges for the text. */
	static List<StyleRange> styles(String text) {
		XtextResourceSet resourceSet = PlansLanguage.get(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("inmemory:/highlight.plan"));
		try {
			resource.load(new LazyStringInputStream(text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<StyleRange> ranges = new ArrayList<>();
		PlansLanguage.get(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, ids) -> {
					StyleRange style = SemanticStyles.style(offset, length, ids);
					if (style != null && length > 0) {
						ranges.add(style);
					}
				}, CancelIndicator.NullImpl);
		ranges.sort(Comparator.comparingInt(r -> r.start));
		List<StyleRange> disjoint = new ArrayList<>();
		int end = 0;
		for (StyleRange range : ranges) {
			if (range.start >= end && range.start + range.length <= text.length()) {
				disjoint.add(range);
				end = range.start + range.length;
			}
		}
		return disjoint;
	}
}
