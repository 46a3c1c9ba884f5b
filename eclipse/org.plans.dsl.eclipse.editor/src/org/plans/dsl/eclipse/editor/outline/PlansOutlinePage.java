package org.plans.dsl.eclipse.editor.outline;

import java.util.List;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline view for a plan: plan, priorities, objectives, actions (and the other
 * declarations), linked both ways with the editor: selecting an entry selects its name in the
 * text, moving the caret selects the entry around it. Refreshed half a second after typing stops.
 */
public class PlansOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;
	private final IDocument document;
	private final IDocumentListener changes = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			Display.getDefault().timerExec(500, PlansOutlinePage.this::refresh);
		}
	};
	private final ISelectionChangedListener caret = event -> {
		if (event.getSelection() instanceof ITextSelection text) {
			revealAt(text.getOffset());
		}
	};
	private boolean selectingFromEditor;

	public PlansOutlinePage(ITextEditor editor) {
		this.editor = editor;
		this.document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new EntryContent());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((OutlineEntry) element).label();
			}
		});
		viewer.setAutoExpandLevel(3);
		viewer.setInput(PlanSymbols.of(document));
		viewer.addSelectionChangedListener(event -> {
			if (!selectingFromEditor && event.getSelection() instanceof IStructuredSelection s
					&& s.getFirstElement() instanceof OutlineEntry entry) {
				editor.selectAndReveal(entry.nameOffset(), entry.nameLength());
			}
		});
		document.addDocumentListener(changes);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.addPostSelectionChangedListener(caret);
		}
	}

	/** The entries shown now. */
	@SuppressWarnings("unchecked")
	public List<OutlineEntry> entries() {
		return (List<OutlineEntry>) getTreeViewer().getInput();
	}

	void refresh() {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(PlanSymbols.of(document));
	}

	private void revealAt(int offset) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		OutlineEntry inner = innermost(entries(), offset, null);
		if (inner != null) {
			selectingFromEditor = true;
			try {
				viewer.setSelection(new StructuredSelection(inner), true);
			} finally {
				selectingFromEditor = false;
			}
		}
	}

	private static OutlineEntry innermost(List<OutlineEntry> entries, int offset, OutlineEntry found) {
		for (OutlineEntry entry : entries) {
			if (entry.contains(offset)) {
				return innermost(entry.children(), offset, entry);
			}
		}
		return found;
	}

	@Override
	public void dispose() {
		document.removeDocumentListener(changes);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(caret);
		}
		super.dispose();
	}

	private static final class EntryContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((OutlineEntry) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((OutlineEntry) element).children().isEmpty();
		}
	}
}
