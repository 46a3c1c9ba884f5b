package org.plans.dsl.ide.semantictokens;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.AbstractRule;
import org.plans.dsl.plans.PlansPackage;

/** Which LSP token type each kind of plan text gets; see {@link PlansSemanticHighlighter}. */
final class Tokens {

	static final String NAMESPACE = "namespace";
	static final String KEYWORD = "keyword";
	static final String NUMBER = "number";

	private Tokens() {
	}

	/** The token type of a declaration (or a reference to one) of this type, or null. */
	static String forDeclaration(EClass type) {
		PlansPackage p = PlansPackage.eINSTANCE;
		if (type == p.getPlan()) {
			return NAMESPACE;
		}
		if (type == p.getPerson() || type == p.getPartner() || type == p.getParty()) {
			return "variable";
		}
		if (type == p.getRole() || type == p.getTeam()) {
			return "parameter";
		}
		if (type == p.getMeasure()) {
			return "property";
		}
		if (type == p.getPriority()) {
			return "class";
		}
		if (type == p.getObjective() || type == p.getAction()) {
			return "function";
		}
		if (type == p.getSource()) {
			return "event";
		}
		if (type == p.getBoard()) {
			return "struct";
		}
		return null;
	}

	static String forEnum(String enumRule) {
		switch (enumRule) {
		case "Rag":
		case "Status":
		case "Verdict":
			return "enumMember";
		case "Comparator":
			return "operator";
		default:
			return KEYWORD;
		}
	}

	static String forTerminal(String terminal, AbstractRule container) {
		switch (terminal) {
		case "STRING":
			return "string";
		case "ML_COMMENT":
		case "SL_COMMENT":
			return "comment";
		case "DATE":
		case "QUARTER":
		case "FINANCIAL_YEAR":
		case "FINANCIAL_QUARTER":
		case "SEASON":
		case "INT":
			return NUMBER;
		case "ID":
			return container != null && ("Tag".equals(container.getName()) || "Label".equals(container.getName())) ? "string"
					: null;
		default:
			return null;
		}
	}
}
