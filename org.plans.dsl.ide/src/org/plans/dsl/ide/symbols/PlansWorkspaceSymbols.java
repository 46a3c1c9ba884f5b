package org.plans.dsl.ide.symbols;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.findReferences.IReferenceFinder.IResourceAccess;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.plans.dsl.ide.PlanLabels;

import com.google.inject.Inject;

/**
 * "Go to Symbol in Workspace": a declaration is found by its name or by words of its title
 * ("recruit" finds action 1.1), and listed as the outline lists it, with its plan. Titles are
 * read from the open workspace, not kept in the index.
 */
public class PlansWorkspaceSymbols extends DocumentSymbolService {

	@Inject
	private PlansSymbolKinds kinds;

	@Inject
	private OperationCanceledManager cancelManager;

	@Override
	public List<? extends WorkspaceSymbol> getSymbols(IResourceDescription resourceDescription, String query,
			IResourceAccess resourceAccess, CancelIndicator cancelIndicator) {
		String words = query.toLowerCase(Locale.ROOT);
		List<WorkspaceSymbol> symbols = new ArrayList<>();
		// one read of the file for all its declarations
		resourceAccess.readOnly(resourceDescription.getURI(), resourceSet -> {
			for (IEObjectDescription description : resourceDescription.getExportedObjects()) {
				cancelManager.checkCanceled(cancelIndicator);
				boolean byName = filter(description, query);
				if (byName || title(description.getEClass()) != null) {
					EObject declaration = resourceSet.getEObject(description.getEObjectURI(), true);
					if (declaration != null
							&& (byName || titleOf(declaration).toLowerCase(Locale.ROOT).contains(words))) {
						add(symbols, description, declaration);
					}
				}
			}
			return null;
		});
		return symbols;
	}

	private void add(List<WorkspaceSymbol> symbols, IEObjectDescription description, EObject declaration) {
		String label = PlanLabels.label(declaration);
		SymbolKind kind = kinds.getSymbolKind(declaration);
		Location location = getSymbolLocation(declaration);
		if (label != null && kind != null && location != null) {
			WorkspaceSymbol symbol = new WorkspaceSymbol(label, kind, Either.forLeft(location));
			if (description.getQualifiedName().getSegmentCount() > 1) {
				symbol.setContainerName(description.getQualifiedName().getFirstSegment());
			}
			symbols.add(symbol);
		}
	}

	private static EStructuralFeature title(EClass type) {
		return type.getEStructuralFeature("title");
	}

	private static String titleOf(EObject declaration) {
		EStructuralFeature title = title(declaration.eClass());
		Object text = title == null ? null : declaration.eGet(title);
		return text instanceof String string ? string : "";
	}
}
