package org.plans.dsl.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

/** The Plans Workbench has Eclipse's themes: it starts in the light one and offers the dark one. */
class ThemesTest {

	@Test
	void theProductStartsInTheLightThemeAndOffersTheDarkOne() {
		IThemeEngine engine = (IThemeEngine) Display.getCurrent().getData("org.eclipse.e4.ui.css.swt.theme");
		assertNotNull(engine, "the workbench's theme engine (the product's cssTheme property)");
		Set<String> themes = engine.getThemes().stream().map(ITheme::getId).collect(Collectors.toSet());
		assertTrue(themes.contains("org.eclipse.e4.ui.css.theme.e4_dark"), themes.toString());
		assertEquals("org.eclipse.e4.ui.css.theme.e4_default", engine.getActiveTheme().getId());
	}
}
