package org.plans.dsl.eclipse.editor.highlighting;

import java.util.Set;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.PlatformUI;

/**
 * The colours of the language's semantic token types, from the workbench theme's colour
 * registry: each type has a colour definition in plugin.xml (Preferences > General >
 * Appearance > Colors and Fonts > Plans), which the dark theme's style sheet overrides.
 */
public final class SemanticStyles {

	/** The prefix of the colour definitions' ids: {@code org.plans.dsl.eclipse.editor.color.keyword}. */
	public static final String COLOR_PREFIX = "org.plans.dsl.eclipse.editor.color.";
	private static final Set<String> ITALIC = Set.of("comment");
	private static final String DECLARATION = "declaration";

	private SemanticStyles() {
	}

	/** The colour registry key of a token type. */
	public static String colorKey(String tokenType) {
		return COLOR_PREFIX + tokenType;
	}

	/** The style of a position with these token ids (a type and optional modifiers), or null for none. */
	static StyleRange style(int offset, int length, String[] ids) {
		if (ids.length == 0) {
			return null;
		}
		Color color = colors().get(colorKey(ids[0]));
		if (color == null) {
			return null;
		}
		int fontStyle = SWT.NORMAL;
		for (int i = 1; i < ids.length; i++) {
			if (DECLARATION.equals(ids[i])) {
				fontStyle |= SWT.BOLD;
			}
		}
		if (ITALIC.contains(ids[0])) {
			fontStyle |= SWT.ITALIC;
		}
		return new StyleRange(offset, length, color, null, fontStyle);
	}

	private static ColorRegistry colors() {
		return PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry();
	}
}
