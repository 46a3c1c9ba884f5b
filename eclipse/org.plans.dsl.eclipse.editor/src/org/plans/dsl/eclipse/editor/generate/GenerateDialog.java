package org.plans.dsl.eclipse.editor.generate;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.plans.dsl.generator.PlanTarget;

/** Asks which targets to generate and into which folder of the project, starting from the last answer. */
public class GenerateDialog extends Dialog {

	private final String project;
	private GenerateSettings settings;
	private final List<Button> checks = new ArrayList<>();
	private Text folder;

	public GenerateDialog(Shell shell, String project, GenerateSettings settings) {
		super(shell);
		this.project = project;
		this.settings = settings;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Generate from the plans of " + project);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label label = new Label(area, SWT.NONE);
		label.setText("Targets:");
		label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
		for (PlanTarget target : EditorTargets.all()) {
			Button check = new Button(area, SWT.CHECK);
			check.setText(target.name() + " - " + target.description());
			check.setData(target.name());
			check.setSelection(settings.targets().contains(target.name()));
			check.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			checks.add(check);
		}
		new Label(area, SWT.NONE).setText("Output folder:");
		folder = new Text(area, SWT.BORDER);
		folder.setText(settings.folder());
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return area;
	}

	@Override
	protected void okPressed() {
		List<String> targets = checks.stream().filter(Button::getSelection).map(b -> (String) b.getData()).toList();
		String name = folder.getText().strip();
		settings = new GenerateSettings(targets, name.isEmpty() ? GenerateSettings.DEFAULT.folder() : name);
		super.okPressed();
	}

	public GenerateSettings settings() {
		return settings;
	}
}
