package org.plans.dsl.workbench;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.prefs.BackingStoreException;

/**
 * On the first start of a workspace: the Welcome view. On every start with {@code -Dplans.open=...}
 * (what a native launcher's "open file" would do; the start scripts pass their arguments on): that
 * plan, in the editor. Says on standard output which plan it opened, for the start test.
 */
public final class WorkbenchStartup implements IStartup {

	/** The system property naming a plan to open: an absolute path or a path in the example project. */
	public static final String OPEN = "plans.open";

	private static final String WELCOMED = "welcomed";

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			if (window == null || window.getActivePage() == null) {
				return;
			}
			IWorkbenchPage page = window.getActivePage();
			welcomeOnce(page);
			String plan = System.getProperty(OPEN);
			if (plan != null && !plan.isBlank()) {
				open(page, plan);
			}
		});
	}

	private static void welcomeOnce(IWorkbenchPage page) {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(FrameworkUtil.getBundle(WorkbenchStartup.class).getSymbolicName());
		if (preferences.getBoolean(WELCOMED, false)) {
			return;
		}
		try {
			page.showView(WelcomeView.ID);
			preferences.putBoolean(WELCOMED, true);
			preferences.flush();
		} catch (PartInitException | BackingStoreException e) {
			ILog.of(WorkbenchStartup.class).error("Cannot show the Welcome view", e);
		}
	}

	private static void open(IWorkbenchPage page, String plan) {
		try {
			System.out.println("Plans Workbench: opened " + PlanOpening.openNamed(page, plan));
		} catch (CoreException e) {
			System.out.println("Plans Workbench: cannot open " + plan + ": " + e.getMessage());
			ILog.of(WorkbenchStartup.class).error("Cannot open " + plan, e);
		}
	}
}
