package org.plans.dsl.eclipse.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plans.dsl.eclipse.editor.markers.PlanFilesListener;

/** The plan editor in Eclipse's dark theme: the dark theme's colours, readable on its background. */
public class DarkThemeTest {

	private static final String DARK = "org.eclipse.e4.ui.css.theme.e4_dark";
	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		PlanFilesListener.install();
		project = Workbench.project("dark", Workbench.examples().resolve("constructs"));
		Screenshots.layOut();
		ExamplePlansTest.waitForValidation();
	}

	@Test
	void inTheDarkThemeEveryColourOfThePlanIsReadableOnTheDarkBackground() throws Exception {
		IThemeEngine engine = (IThemeEngine) Display.getCurrent().getData("org.eclipse.e4.ui.css.swt.theme");
		assertNotNull(engine, "the workbench's theme engine");
		ITheme before = engine.getActiveTheme();
		try {
			Workbench.page().closeAllEditors(false);
			engine.setTheme(DARK, false);
			Workbench.spin(1500);
			assertEquals(new RGB(204, 120, 190), Colours.of("keyword"), "the dark theme's keyword colour (css/dark.css)");
			ITextEditor editor = Workbench.open(project.getFile("all-constructs.plan"));
			StyledText text = Workbench.text(editor);
			Workbench.waitUntil("the plan coloured", () -> text.getStyleRanges().length > 50, 20_000);
			RGB background = text.getBackground().getRGB();
			assertTrue(luminance(background) < 0.1, "a dark editor background: " + background);
			int checked = 0;
			for (StyleRange range : text.getStyleRanges()) {
				if (range.foreground != null) {
					RGB colour = range.foreground.getRGB();
					assertTrue(contrast(colour, background) >= 4.5, "the colour " + colour + " of '"
							+ text.getText(range.start, range.start + range.length - 1) + "' on " + background);
					checked++;
				}
			}
			assertTrue(checked > 50, "coloured ranges: " + checked);
			text.setFocus();
			Screenshots.take("dark-theme");
		} finally {
			Workbench.page().closeAllEditors(false);
			if (before != null) {
				engine.setTheme(before, false);
			}
			Workbench.spin(500);
		}
	}

	/** WCAG 2 relative luminance. */
	private static double luminance(RGB rgb) {
		return 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue);
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	/** WCAG 2 contrast ratio; 4.5 is the AA level for text. */
	private static double contrast(RGB a, RGB b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}
}
