package org.plans.dsl.workbench;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > Plans Welcome: shows the Welcome view again. */
public final class ShowWelcomeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(WelcomeView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot show the Welcome view", e);
		}
		return null;
	}
}
