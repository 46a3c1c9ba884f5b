package org.plans.dsl.eclipse.editor.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.plans.dsl.eclipse.editor.markers.PlanMarkers;

/**
 * The editor's annotations for the findings of its unsaved text, beside the annotations of the
 * saved file's problem markers (which the project validation writes). A finding a marker already
 * shows (same message, same place) gets no second annotation; a marker whose finding the text no
 * longer has is greyed out (marked deleted) until the file is saved and validated again. When
 * the markers change (after a save) the two are matched again.
 */
final class LiveAnnotations implements IAnnotationModelListener {

	private final ISourceViewer viewer;
	private IAnnotationModel listenedTo;
	private List<LiveProblem> found = List.of();
	private List<Annotation> shown = new ArrayList<>();
	private boolean updating;

	LiveAnnotations(ISourceViewer viewer) {
		this.viewer = viewer;
	}

	/** Shows these findings of the current text. */
	synchronized void show(List<LiveProblem> problems) {
		found = List.copyOf(problems);
		update();
	}

	@Override
	public synchronized void modelChanged(IAnnotationModel model) {
		if (!updating) {
			update();
		}
	}

	synchronized void dispose() {
		if (listenedTo != null) {
			listenedTo.removeAnnotationModelListener(this);
			listenedTo = null;
		}
	}

	private void update() {
		IAnnotationModel model = viewer.getAnnotationModel();
		if (!(model instanceof IAnnotationModelExtension extension)) {
			return;
		}
		if (model != listenedTo) {
			dispose();
			model.addAnnotationModelListener(this);
			listenedTo = model;
		}
		updating = true;
		try {
			Map<Annotation, Position> added = new HashMap<>();
			List<MarkerAnnotation> markers = planMarkers(model);
			for (LiveProblem problem : found) {
				if (markers.stream().noneMatch(marker -> same(model, marker, problem))) {
					added.put(problem, problem.position());
				}
			}
			for (MarkerAnnotation marker : markers) {
				boolean stale = found.stream().noneMatch(problem -> same(model, marker, problem));
				if (marker.isMarkedDeleted() != stale) {
					marker.markDeleted(stale);
					extension.modifyAnnotationPosition(marker, model.getPosition(marker));
				}
			}
			extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
			shown = new ArrayList<>(added.keySet());
		} finally {
			updating = false;
		}
	}

	private static List<MarkerAnnotation> planMarkers(IAnnotationModel model) {
		List<MarkerAnnotation> markers = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof MarkerAnnotation marker && isPlanMarker(marker)) {
				markers.add(marker);
			}
		}
		return markers;
	}

	private static boolean isPlanMarker(MarkerAnnotation annotation) {
		try {
			return annotation.getMarker().exists() && PlanMarkers.TYPE.equals(annotation.getMarker().getType());
		} catch (CoreException e) {
			return false;
		}
	}

	private static boolean same(IAnnotationModel model, MarkerAnnotation marker, LiveProblem problem) {
		Position at = model.getPosition(marker);
		return at != null && at.getOffset() == problem.position().getOffset()
				&& Objects.equals(marker.getText(), problem.getText());
	}
}
