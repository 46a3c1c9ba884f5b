package org.plans.dsl.eclipse.editor.outline;

import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.plans.dsl.eclipse.editor.ParsedPlan;

/** One outline entry: a symbol's name and detail, where its name and its whole text are, and its children. */
public record OutlineEntry(String name, String detail, String kind, int nameOffset, int nameLength, int start,
		int end, List<OutlineEntry> children) {

	static OutlineEntry of(DocumentSymbol symbol, ParsedPlan plan) {
		int nameOffset = plan.offset(symbol.getSelectionRange().getStart());
		int nameEnd = plan.offset(symbol.getSelectionRange().getEnd());
		List<OutlineEntry> children = symbol.getChildren() == null ? List.of()
				: symbol.getChildren().stream().map(c -> of(c, plan)).toList();
		return new OutlineEntry(symbol.getName(), symbol.getDetail(), symbol.getKind().name(), nameOffset,
				nameEnd - nameOffset, plan.offset(symbol.getRange().getStart()), plan.offset(symbol.getRange().getEnd()),
				children);
	}

	/** The label the outline shows: the name, then the detail (a title) if there is one. */
	public String label() {
		return detail == null || detail.isBlank() ? name : name + " - " + detail;
	}

	/** Whether the offset is inside this entry's text. */
	boolean contains(int offset) {
		return start <= offset && offset <= end;
	}
}
