package org.plans.dsl.ide;

import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.contentassist.antlr.EntryPointFinder;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.serializer.impl.RegionDiffFormatter;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.plans.dsl.ide.contentassist.EnclosingBlock;
import org.plans.dsl.ide.contentassist.PlansContentAssistContextFactory;
import org.plans.dsl.ide.contentassist.PlansContentAssistService;
import org.plans.dsl.ide.contentassist.PlansContentProposalProvider;
import org.plans.dsl.ide.contentassist.PlansCrossrefProposalProvider;
import org.plans.dsl.ide.formatting.PlansFormattingService;
import org.plans.dsl.ide.hover.PlansHoverService;
import org.plans.dsl.ide.preview.PreviewRequests;
import org.plans.dsl.ide.quickfix.PlansCodeActionService;
import org.plans.dsl.ide.quickfix.PlansQuickfixProvider;
import org.plans.dsl.ide.quickfix.PlansRegionDiffFormatter;
import org.plans.dsl.ide.rename.PlansRenameService;
import org.plans.dsl.ide.semantictokens.PlansSemanticHighlighter;
import org.plans.dsl.ide.server.GenerateNothing;
import org.plans.dsl.ide.symbols.PlansSymbolDetails;
import org.plans.dsl.ide.symbols.PlansSymbolKinds;
import org.plans.dsl.ide.symbols.PlansSymbolNames;
import org.plans.dsl.ide.symbols.PlansWorkspaceSymbols;

import com.google.inject.Binder;

/** IDE services of the plans language: what the language server offers editors. */
public class PlansIdeModule extends AbstractPlansIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return PlansContentProposalProvider.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return PlansCrossrefProposalProvider.class;
	}

	public Class<? extends ContentAssistService> bindContentAssistService() {
		return PlansContentAssistService.class;
	}

	public Class<? extends ContentAssistContextFactory> bindContentAssistContextFactory() {
		return PlansContentAssistContextFactory.class;
	}

	public Class<? extends EntryPointFinder> bindEntryPointFinder() {
		return EnclosingBlock.class;
	}

	public Class<? extends FormattingService> bindFormattingService() {
		return PlansFormattingService.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return PlansHoverService.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return PlansCodeActionService.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return PlansQuickfixProvider.class;
	}

	public Class<? extends RegionDiffFormatter> bindRegionDiffFormatter() {
		return PlansRegionDiffFormatter.class;
	}

	public Class<? extends IRenameService2> bindIRenameService2() {
		return PlansRenameService.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return PlansSemanticHighlighter.class;
	}

	public void configureDocumentSymbols(Binder binder) {
		binder.bind(DocumentSymbolMapper.DocumentSymbolNameProvider.class).to(PlansSymbolNames.class);
		binder.bind(DocumentSymbolMapper.DocumentSymbolKindProvider.class).to(PlansSymbolKinds.class);
		binder.bind(DocumentSymbolMapper.DocumentSymbolDetailsProvider.class).to(PlansSymbolDetails.class);
	}

	public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
		return PlansWorkspaceSymbols.class;
	}

	public Class<? extends ILanguageServerExtension> bindILanguageServerExtension() {
		return PreviewRequests.class;
	}

	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return GenerateNothing.class;
	}
}
