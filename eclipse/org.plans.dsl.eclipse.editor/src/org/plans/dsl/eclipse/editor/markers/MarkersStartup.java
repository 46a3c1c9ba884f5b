package org.plans.dsl.eclipse.editor.markers;

import org.eclipse.ui.IStartup;

/** Starts {@link PlanFilesListener} when the workbench starts, so plans have markers before any is opened. */
public class MarkersStartup implements IStartup {

	@Override
	public void earlyStartup() {
		PlanFilesListener.install();
	}
}
