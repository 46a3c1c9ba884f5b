package org.plans.dsl.eclipse.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.jface.preference.PreferenceDialog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plans.dsl.eclipse.editor.markers.PlanFilesListener;
import org.plans.dsl.eclipse.editor.settings.PlansPropertiesText;
import org.plans.dsl.eclipse.editor.settings.PlansPropertyPage;

/** Project > Properties > Plans: the project's plans.properties as a form, and what it changes. */
public class PlansPropertyPageTest {

	private static final String PAGE = "org.plans.dsl.eclipse.editor.properties";
	private static final String PLAN = "plan props \"Props\" {\n    issued 2024-04\n}\n\nperson ana \"Ana\"\n\n"
			+ "priority 1 \"One\" {\n    action 1.1 \"Do\" {\n        lead ana\n    }\n}\n";
	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		PlanFilesListener.install();
		project = Workbench.project("properties", Workbench.examples().resolve("constructs/multi-file"));
		Screenshots.layOut();
		ExamplePlansTest.waitForValidation();
	}

	@Test
	void theFormWritesTheSeveritiesKeepsTheCommentsAndTheMarkersFollow() throws Exception {
		IFile plan = Workbench.write(project.getFile("props.plan"), PLAN);
		IFile properties = Workbench.write(project.getFile("plans.properties"),
				"# our settings\nPLAN-103=error\nsomething.else=1\n");
		Workbench.waitUntil("PLAN-106 as a warning", () -> severityOf(plan, "PLAN-106") == IMarker.SEVERITY_WARNING,
				60_000);
		PreferenceDialog dialog = PreferencesUtil.createPropertyDialogOn(Workbench.page().getWorkbenchWindow().getShell(),
				project, PAGE, new String[] { PAGE }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			PlansPropertyPage page = (PlansPropertyPage) dialog.getSelectedPage();
			Composite contents = (Composite) page.getControl();
			Combo plan103 = setting(contents, Combo.class, "PLAN-103");
			assertEquals("error", plan103.getText(), "the file's setting shown");
			Combo plan106 = setting(contents, Combo.class, "PLAN-106");
			assertTrue(plan106.getText().startsWith("default"), plan106.getText());
			plan106.select(plan106.indexOf("error"));
			plan103.select(0);
			setting(contents, Button.class, "warnings-as-errors").setSelection(true);
			Text limit = setting(contents, Text.class, "workload.max-actions-per-month");
			limit.setText("zero");
			Workbench.spin(100);
			assertFalse(page.isValid(), "a limit that is not a number is refused");
			limit.setText("8");
			Workbench.spin(100);
			assertTrue(page.isValid());
			Screenshots.take("plans-properties");
			assertTrue(page.performOk());
		} finally {
			dialog.close();
		}
		Map<String, String> written = PlansPropertiesText.values(Workbench.text(properties));
		assertEquals(Map.of("PLAN-106", "error", "something.else", "1", "warnings-as-errors", "true",
				"workload.max-actions-per-month", "8"), written);
		assertTrue(Workbench.text(properties).startsWith("# our settings\n"), Workbench.text(properties));
		Workbench.waitUntil("PLAN-106 as an error", () -> severityOf(plan, "PLAN-106") == IMarker.SEVERITY_ERROR, 60_000);
		plan.delete(true, null);
		properties.delete(true, null);
	}

	@Test
	void theTextKeepsItsLinesAndDropsAKeySetBackToItsDefault() {
		String text = "# severities\nPLAN-103 = error\n\nPLAN-502=info\n";
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("PLAN-103", null);
		changes.put("PLAN-502", "ignore");
		changes.put("warnings-as-errors", "true");
		assertEquals("# severities\n\nPLAN-502=ignore\nwarnings-as-errors=true\n", PlansPropertiesText.with(text, changes));
		assertEquals("", PlansPropertiesText.with("", Map.of()));
	}

	private static int severityOf(IFile file, String code) {
		return Workbench.markers(file).stream().filter(m -> code.equals(m.getAttribute("code", null)))
				.mapToInt(m -> m.getAttribute(IMarker.SEVERITY, -1)).findFirst().orElse(-1);
	}

	private static <T extends Control> T setting(Composite parent, Class<T> type, String key) {
		List<T> found = Widgets.find(parent, type, widget -> key.equals(widget.getData(PlansPropertyPage.SETTING)));
		assertEquals(1, found.size(), "the field of " + key);
		return found.get(0);
	}
}
