package org.plans.dsl.eclipse.editor.settings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PropertyPage;
import org.plans.dsl.rules.Rule;
import org.plans.dsl.validation.ProjectConfig;

/**
 * Project > Properties > Plans: the project's {@code plans.properties} (the one at its root) as
 * a form: the severity of each rule a project may change, warnings as errors, and the workload
 * limit. OK writes the file, which validates the project again with the new settings.
 */
public class PlansPropertyPage extends PropertyPage {

	/** The widget data key naming the setting a combo, check box or field edits. */
	public static final String SETTING = "plans.setting";
	private static final String DEFAULT = "default";

	private final Map<String, Control> fields = new LinkedHashMap<>();

	@Override
	protected Control createContents(Composite parent) {
		Map<String, String> values = PlansPropertiesText.values(read(file()));
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(page);
		new Label(page, SWT.WRAP).setText("Settings in " + file().getProjectRelativePath()
				+ " (the nearest plans.properties of each plan applies; see docs/rules.md).");

		Button warningsAsErrors = new Button(page, SWT.CHECK);
		warningsAsErrors.setText("Count every warning as an error (warnings-as-errors)");
		warningsAsErrors.setSelection(Boolean.parseBoolean(values.get(ProjectConfig.WARNINGS_AS_ERRORS)));
		keep(ProjectConfig.WARNINGS_AS_ERRORS, warningsAsErrors);

		Composite workload = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(workload);
		new Label(workload, SWT.NONE).setText("Open actions one lead may have due in one month (PLAN-701, empty: 5):");
		Text limit = new Text(workload, SWT.BORDER);
		limit.setText(values.getOrDefault(ProjectConfig.MAX_ACTIONS_PER_MONTH, ""));
		GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(limit);
		limit.addModifyListener(e -> checkLimit(limit.getText()));
		keep(ProjectConfig.MAX_ACTIONS_PER_MONTH, limit);

		ScrolledComposite scroll = new ScrolledComposite(page, SWT.V_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 360).applyTo(scroll);
		Composite rules = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(rules);
		for (Rule rule : Rule.values()) {
			if (!rule.severityChangeable()) {
				continue;
			}
			Label label = new Label(rules, SWT.NONE);
			label.setText(rule.code() + " " + rule.shortName());
			label.setToolTipText(rule.summary());
			Combo level = new Combo(rules, SWT.READ_ONLY);
			level.add(DEFAULT + " (" + rule.defaultLevel().word() + ")");
			for (Rule.Level each : Rule.Level.values()) {
				level.add(each.word());
			}
			GridDataFactory.fillDefaults().hint(170, SWT.DEFAULT).applyTo(level);
			level.select(0);
			Rule.Level.parse(values.get(rule.code())).ifPresent(set -> level.select(set.ordinal() + 1));
			keep(rule.code(), level);
		}
		scroll.setContent(rules);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.setMinSize(rules.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		return page;
	}

	private void keep(String setting, Control control) {
		control.setData(SETTING, setting);
		fields.put(setting, control);
	}

	private void checkLimit(String text) {
		boolean valid = text.isBlank() || text.trim().matches("[1-9][0-9]{0,5}");
		setErrorMessage(valid ? null : "The workload limit is a whole number above 0, or empty for the default.");
		setValid(valid);
	}

	/** The settings the form shows; null for a setting left at its default. */
	Map<String, String> settings() {
		Map<String, String> settings = new LinkedHashMap<>();
		fields.forEach((key, control) -> settings.put(key, switch (control) {
		case Button check -> check.getSelection() ? "true" : null;
		case Text text -> text.getText().isBlank() ? null : text.getText().trim();
		case Combo combo -> combo.getSelectionIndex() <= 0 ? null : combo.getText();
		default -> null;
		}));
		return settings;
	}

	@Override
	protected void performDefaults() {
		fields.values().forEach(control -> {
			switch (control) {
			case Button check -> check.setSelection(false);
			case Text text -> text.setText("");
			case Combo combo -> combo.select(0);
			default -> {
			}
			}
		});
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		IFile file = file();
		String before = read(file);
		String after = PlansPropertiesText.with(before, settings());
		if (after.equals(before)) {
			return true;
		}
		try {
			InputStream text = new ByteArrayInputStream(after.getBytes(StandardCharsets.UTF_8));
			if (file.exists()) {
				file.setContents(text, IResource.KEEP_HISTORY, null);
			} else {
				file.create(text, IResource.NONE, null);
				file.setCharset(StandardCharsets.UTF_8.name(), null);
			}
			return true;
		} catch (CoreException e) {
			setErrorMessage("plans.properties could not be written: " + e.getMessage());
			return false;
		}
	}

	private IFile file() {
		return getElement().getAdapter(IProject.class).getFile(ProjectConfig.FILE_NAME);
	}

	private static String read(IFile file) {
		if (!file.exists()) {
			return "";
		}
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException | CoreException e) {
			return "";
		}
	}
}
