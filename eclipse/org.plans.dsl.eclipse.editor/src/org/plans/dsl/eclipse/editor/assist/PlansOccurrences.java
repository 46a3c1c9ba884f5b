package org.plans.dsl.eclipse.editor.assist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerLifecycle;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.occurrences.IDocumentHighlightService;
import org.eclipse.xtext.util.CancelIndicator;
import org.plans.dsl.eclipse.editor.ParsedPlan;
import org.plans.dsl.eclipse.editor.PlanDocuments;
import org.plans.dsl.eclipse.editor.PlansLanguage;

/**
 * Mark occurrences: with the caret on a name, its declaration and every reference to it in the
 * document are marked (the language's document highlights, so {@code ana} in {@code lead ana}
 * marks person ana and its other uses, not every word "ana"), as annotations of the type
 * {@link #ANNOTATION_TYPE} (Preferences > General > Editors > Text Editors > Annotations >
 * Plans occurrences).
 */
public class PlansOccurrences implements IReconcilingStrategy, IReconcilingStrategyExtension, ITextViewerLifecycle {

	/** The annotation type of the marks (plugin.xml). */
	public static final String ANNOTATION_TYPE = "org.plans.dsl.eclipse.editor.occurrence";

	private ISourceViewer viewer;
	private IDocument document;
	private Annotation[] marked = new Annotation[0];
	private final ISelectionChangedListener caret = event -> {
		if (event.getSelection() instanceof ITextSelection selection) {
			mark(selection.getOffset());
		}
	};

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ISourceViewer source) {
			viewer = source;
			if (viewer.getSelectionProvider() instanceof IPostSelectionProvider provider) {
				provider.addPostSelectionChangedListener(caret);
			}
		}
	}

	@Override
	public void uninstall() {
		if (viewer != null && viewer.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(caret);
		}
		viewer = null;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	/** The regions of the name at an offset and of its other occurrences in the document. */
	public static List<IRegion> occurrences(ParsedPlan plan, int offset) {
		DocumentHighlightParams params = new DocumentHighlightParams(new TextDocumentIdentifier(plan.uri()),
				plan.position(offset));
		List<? extends DocumentHighlight> highlights = PlansLanguage.get(IDocumentHighlightService.class)
				.getDocumentHighlights(plan.document(), plan.resource(), params, CancelIndicator.NullImpl);
		return highlights.stream().map(h -> {
			int start = plan.offset(h.getRange().getStart());
			return (IRegion) new Region(start, plan.offset(h.getRange().getEnd()) - start);
		}).toList();
	}

	private void mark(int offset) {
		if (viewer == null || document == null || !PlanDocuments.isPlan(document)) {
			return;
		}
		IAnnotationModel model = viewer.getAnnotationModel();
		if (!(model instanceof IAnnotationModelExtension extension)) {
			return;
		}
		List<IRegion> regions = PlanDocuments.read(document, plan -> occurrences(plan, offset));
		Map<Annotation, Position> added = new HashMap<>();
		for (IRegion region : regions) {
			added.put(new Annotation(ANNOTATION_TYPE, false, "Occurrence"),
					new Position(region.getOffset(), region.getLength()));
		}
		extension.replaceAnnotations(marked, added);
		marked = added.keySet().toArray(Annotation[]::new);
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
	}

	@Override
	public void reconcile(IRegion partition) {
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
	}

	@Override
	public void initialReconcile() {
	}
}
