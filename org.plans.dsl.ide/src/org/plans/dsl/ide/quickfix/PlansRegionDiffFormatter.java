package org.plans.dsl.ide.quickfix;

import java.util.HashMap;

import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccessDiff;
import org.eclipse.xtext.ide.serializer.impl.RegionDiffFormatter;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.plans.dsl.formatting2.PlanFormatting;

/**
 * Lays out the text that model changes (quick fixes, renames) write as {@code plans format}
 * does: four-space indentation, and the line breaks the file already uses.
 */
public class PlansRegionDiffFormatter extends RegionDiffFormatter {

	@Override
	protected FormatterRequest createFormatterRequest(ITextRegionAccess rewritten) {
		return withPlanLayout(super.createFormatterRequest(rewritten), rewritten);
	}

	@Override
	protected FormatterRequest createFormatterRequest(ITextRegionAccessDiff rewritten) {
		return withPlanLayout(super.createFormatterRequest(rewritten), rewritten);
	}

	private static FormatterRequest withPlanLayout(FormatterRequest request, ITextRegionAccess text) {
		MapBasedPreferenceValues preferences = new MapBasedPreferenceValues(request.getPreferences(), new HashMap<>());
		preferences.put(FormatterPreferenceKeys.lineSeparator,
				PlanFormatting.lineSeparatorOf(text.regionForDocument().getText()));
		preferences.put(FormatterPreferenceKeys.indentation, PlanFormatting.INDENTATION);
		return request.setPreferences(preferences);
	}
}
