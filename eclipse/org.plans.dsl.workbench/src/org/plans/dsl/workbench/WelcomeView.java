package org.plans.dsl.workbench;

import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.part.ViewPart;

/** The Welcome view: what the workbench is for, and the three first steps as links. */
public final class WelcomeView extends ViewPart {

	public static final String ID = "org.plans.dsl.workbench.welcome";

	private Composite body;

	@Override
	public void createPartControl(Composite parent) {
		WelcomeActions actions = new WelcomeActions(getSite().getPage());
		body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		Label title = new Label(body, SWT.NONE);
		title.setText("Welcome to the Plans Workbench");
		title.setFont(JFaceResources.getHeaderFont());
		text("Improvement plans are written as text files (*.plan): priorities, objectives, actions with leads, "
				+ "deadlines, measures and progress. The editor checks them as you type.");
		link("1. <a>Open the example plans</a>: a project plans-examples with the project's examples, and one of them in the editor.",
				actions::openExamples);
		link("2. <a>Validate</a>: check every plan of the project; the Problems view lists what to fix, each with its rule code (PLAN-nnn).",
				actions::validate);
		link("3. <a>Preview</a>: the board report of the open plan, refreshed when you save.", actions::preview);
		link("4. <a>Your own plan</a>: File > New > Other... > Plans > Plan makes one with its header and a first "
				+ "priority. Ctrl+Space completes, Ctrl+Shift+F lays it out, Alt+Shift+R renames a name in every file.",
				actions::newPlan);
		text("Help > Plans Welcome shows this page again.");
	}

	private void text(String words) {
		Label label = new Label(body, SWT.WRAP);
		label.setText(words);
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	/** A link running the action; what went wrong, if anything, in a dialog. */
	private void link(String words, Supplier<Optional<String>> action) {
		Link link = new Link(body, SWT.WRAP);
		link.setText(words);
		link.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		link.addListener(SWT.Selection, event -> action.get()
				.ifPresent(problem -> MessageDialog.openInformation(getSite().getShell(), "Plans", problem)));
	}

	@Override
	public void setFocus() {
		body.setFocus();
	}
}
