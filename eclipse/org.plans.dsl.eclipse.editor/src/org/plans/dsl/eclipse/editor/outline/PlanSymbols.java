package org.plans.dsl.eclipse.editor.outline;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.util.CancelIndicator;
import org.plans.dsl.eclipse.editor.PlanDocuments;
import org.plans.dsl.eclipse.editor.PlansLanguage;

/** The outline of a plan document: the language's document symbols (plan, priorities, objectives, actions...). */
public final class PlanSymbols {

	private PlanSymbols() {
	}

	/** The symbols of the document with their offsets, top level first. */
	public static List<OutlineEntry> of(IDocument document) {
		return PlanDocuments.read(document, plan -> {
			List<DocumentSymbol> symbols = PlansLanguage.get(DocumentSymbolService.class).getSymbols(plan.resource(),
					CancelIndicator.NullImpl);
			return symbols.stream().map(s -> OutlineEntry.of(s, plan)).toList();
		});
	}
}
