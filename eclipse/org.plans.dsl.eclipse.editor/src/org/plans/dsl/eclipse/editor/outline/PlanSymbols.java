package org.plans.dsl.eclipse.editor.outline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

	/** The entries no other entry holds: the service lists nested symbols at the top level too. */
	private static List<OutlineEntry> roots(List<OutlineEntry> entries) {
		Set<Integer> nested = new HashSet<>();
		entries.forEach(e -> descendants(e, nested));
		return entries.stream().filter(e -> !nested.contains(e.nameOffset())).toList();
	}

	private static void descendants(OutlineEntry entry, Set<Integer> nested) {
		for (OutlineEntry child : entry.children()) {
			nested.add(child.nameOffset());
			descendants(child, nested);
		}
	}

	/** The symbols of the document with their offsets, top level first. */
	public static List<OutlineEntry> of(IDocument document) {
		return PlanDocuments.read(document, plan -> {
			List<DocumentSymbol> symbols = PlansLanguage.get(DocumentSymbolService.class).getSymbols(plan.resource(),
					CancelIndicator.NullImpl);
			return roots(symbols.stream().map(s -> OutlineEntry.of(s, plan)).toList());
		});
	}
}
