package org.plans.dsl.eclipse.editor.tests;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.PlatformUI;
import org.plans.dsl.eclipse.editor.highlighting.SemanticStyles;

/** The theme's colour of a semantic token type. */
final class Colours {

	private Colours() {
	}

	static RGB of(String tokenType) {
		return PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry()
				.getRGB(SemanticStyles.colorKey(tokenType));
	}
}
