package org.plans.dsl.ide.symbols;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.ide.PlanLabels;
import org.plans.dsl.plans.Action;

/** The grey text after an outline entry: its kind, and for actions the deadline and latest RAG. */
public class PlansSymbolDetails extends DocumentSymbolDetailsProvider {

	@Override
	public String getDetails(EObject object) {
		if (object instanceof Action action) {
			ActionFacts facts = ActionFacts.of(action);
			List<String> parts = new ArrayList<>();
			if (facts.due().isGiven()) {
				parts.add("due " + facts.due().describe());
			}
			facts.latestRag().ifPresent(rag -> parts.add(rag.getLiteral()));
			return parts.isEmpty() ? "action" : String.join(" · ", parts);
		}
		return PlanLabels.kind(object);
	}
}
