package org.plans.dsl.eclipse.editor.preview;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.plans.dsl.eclipse.editor.PlanDocuments;
import org.plans.dsl.eclipse.editor.ProjectPlans;
import org.plans.dsl.preview.PreviewKind;

/**
 * Window > Show View > Plans > Plan Preview: the board report, the whole plan, the checklist or
 * each lead's actions of the plan in the active editor, in a browser widget; made again when
 * another plan editor becomes active and when a plan file of its project is saved.
 */
public class PlanPreviewView extends ViewPart {

	public static final String ID = "org.plans.dsl.eclipse.editor.preview";
	private static final String[] LABELS = { "Board report", "Whole plan", "Checklist", "By lead" };
	private static final PreviewKind[] KINDS = { PreviewKind.REPORT, PreviewKind.PLAN, PreviewKind.CHECKLIST,
			PreviewKind.BY_LEAD };

	private Browser browser;
	private Combo kinds;
	private ITextEditor editor;
	private String html = "";
	private int refreshes;

	private final IPartListener2 parts = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof IEditorPart part) {
				show(part);
			}
		}
	};
	private final IResourceChangeListener saves = this::resourceChanged;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		new Label(parent, SWT.NONE).setText("Show:");
		kinds = new Combo(parent, SWT.READ_ONLY);
		kinds.setItems(LABELS);
		kinds.select(0);
		kinds.addListener(SWT.Selection, e -> refresh());
		browser = new Browser(parent, SWT.NONE);
		browser.setJavascriptEnabled(false);
		browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		getSite().getPage().addPartListener(parts);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(saves, IResourceChangeEvent.POST_CHANGE);
		show(getSite().getPage().getActiveEditor());
	}

	/** Previews the plan of this editor, if it shows one. */
	void show(IEditorPart part) {
		if (part instanceof ITextEditor text && text.getDocumentProvider() != null) {
			IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
			if (document != null && PlanDocuments.fileOf(document) != null && PlanDocuments.isPlan(document)) {
				editor = text;
				refresh();
			}
		}
	}

	/** Chooses the page (the tests choose through this too). */
	public void select(PreviewKind kind) {
		for (int i = 0; i < KINDS.length; i++) {
			if (KINDS[i] == kind) {
				kinds.select(i);
			}
		}
		refresh();
	}

	/** The page shown now. */
	public String html() {
		return html;
	}

	/** How often the page was made: a test waits for the next one. */
	public int refreshes() {
		return refreshes;
	}

	void refresh() {
		if (editor == null || browser == null || browser.isDisposed()) {
			return;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		if (document == null) {
			return;
		}
		html = PreviewHtml.of(document, KINDS[Math.max(0, kinds.getSelectionIndex())]);
		browser.setText(html, false);
		refreshes++;
		setContentDescription(editor.getEditorInput().getName());
	}

	private void resourceChanged(IResourceChangeEvent event) {
		if (editor == null || event.getDelta() == null) {
			return;
		}
		IFile shown = editor.getEditorInput().getAdapter(IFile.class);
		boolean[] saved = { false };
		try {
			event.getDelta().accept(delta -> {
				if (ProjectPlans.isPlan(delta.getResource()) && shown != null
						&& delta.getResource().getProject().equals(shown.getProject())
						&& (delta.getFlags() & IResourceDelta.CONTENT) != 0) {
					saved[0] = true;
				}
				return true;
			});
		} catch (CoreException e) {
			return;
		}
		if (saved[0]) {
			Display.getDefault().asyncExec(this::refresh);
		}
	}

	@Override
	public void setFocus() {
		if (browser != null) {
			browser.setFocus();
		}
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(parts);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(saves);
		super.dispose();
	}
}
