package org.plans.dsl.eclipse.editor.preview;

import org.eclipse.jface.text.IDocument;
import org.plans.dsl.eclipse.editor.PlanDocuments;
import org.plans.dsl.eclipse.editor.PlansLanguage;
import org.plans.dsl.facts.PlanFactsCache;
import org.plans.dsl.generator.preview.PreviewPages;
import org.plans.dsl.ide.preview.PlanPreview;
import org.plans.dsl.preview.PreviewKind;

/**
 * The preview page of a plan document: the shared {@link PlanPreview} of the IDE services with
 * the generators' {@link PreviewPages} (embedded in this bundle: service loading does not reach
 * them in Eclipse), from the document's text and the other files of its project.
 */
public final class PreviewHtml {

	private PreviewHtml() {
	}

	public static String of(IDocument document, PreviewKind kind) {
		return PlanDocuments.read(document, plan -> new PlanPreview(PlansLanguage.get(PlanFactsCache.class),
				new PreviewPages()).html(plan.resource(), kind));
	}
}
