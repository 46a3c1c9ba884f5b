package org.plans.dsl.workbench;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Plans perspective: Project Explorer, the plan editor, Outline, Problems and the Welcome view. */
public final class PlansPerspective implements IPerspectiveFactory {

	/** The plans editor's views (the plan preview) go beside the outline when they are opened. */
	private static final String PLANS_EDITOR_VIEWS = "org.plans.dsl.eclipse.editor.*";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.22f, editors);
		IFolderLayout right = layout.createFolder("org.plans.dsl.workbench.right", IPageLayout.RIGHT, 0.72f, editors);
		right.addView(IPageLayout.ID_OUTLINE);
		right.addPlaceholder(PLANS_EDITOR_VIEWS);
		IFolderLayout bottom = layout.createFolder("org.plans.dsl.workbench.bottom", IPageLayout.BOTTOM, 0.70f, editors);
		bottom.addView(WelcomeView.ID);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(WelcomeView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
	}
}
