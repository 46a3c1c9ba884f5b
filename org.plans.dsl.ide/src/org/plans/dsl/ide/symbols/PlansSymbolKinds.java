package org.plans.dsl.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.plans.dsl.plans.PlansPackage;

/** The icon each part of a plan gets in outlines and symbol lists. */
public class PlansSymbolKinds extends DocumentSymbolMapper.DocumentSymbolKindProvider {

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		PlansPackage p = PlansPackage.eINSTANCE;
		if (type == p.getPlanFile() || type == p.getPlan()) {
			return SymbolKind.Module;
		}
		if (type == p.getPriority()) {
			return SymbolKind.Package;
		}
		if (type == p.getObjective()) {
			return SymbolKind.Class;
		}
		if (type == p.getAction()) {
			return SymbolKind.Event;
		}
		if (type == p.getPerson() || type == p.getPartner()) {
			return SymbolKind.Variable;
		}
		if (type == p.getRole() || type == p.getTeam()) {
			return SymbolKind.TypeParameter;
		}
		if (type == p.getMeasure()) {
			return SymbolKind.Number;
		}
		if (type == p.getSource()) {
			return SymbolKind.Key;
		}
		if (type == p.getBoard()) {
			return SymbolKind.Struct;
		}
		return SymbolKind.Property;
	}
}
