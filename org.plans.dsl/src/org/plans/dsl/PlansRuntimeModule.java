package org.plans.dsl;

import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.IPartialParsingHelper;
import org.eclipse.xtext.parser.antlr.IReferableElementsUnloader;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.IResourceValidator;
import org.plans.dsl.conversion.PlansValueConverters;
import org.plans.dsl.formatting2.SpacesAreWhiteSpace;
import org.plans.dsl.linking.PlansLinker;
import org.plans.dsl.linking.PlansLinkingDiagnosticMessageProvider;
import org.plans.dsl.naming.PlansQualifiedNameConverter;
import org.plans.dsl.naming.PlansQualifiedNameProvider;
import org.plans.dsl.parser.PlansNodeModelBuilder;
import org.plans.dsl.parser.PlansParserWithTokensAhead;
import org.plans.dsl.parser.PlansPartialParsingHelper;
import org.plans.dsl.parser.PlansSyntaxErrorMessageProvider;
import org.plans.dsl.parser.PlansTokenRegionProvider;
import org.plans.dsl.resource.PlansFragmentProvider;
import org.plans.dsl.resource.PlansResource;
import org.plans.dsl.resource.PlansResourceDescriptionManager;
import org.plans.dsl.resource.PlansResourceDescriptionStrategy;
import org.plans.dsl.resource.PlansUnloader;
import org.plans.dsl.scoping.PlansNamespaceScopeProvider;
import org.plans.dsl.validation.PlansDiagnostician;
import org.plans.dsl.validation.PlansResourceValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Runtime services of the plans language. */
public class PlansRuntimeModule extends AbstractPlansRuntimeModule {

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return PlansQualifiedNameProvider.class;
	}

	public Class<? extends IQualifiedNameConverter> bindIQualifiedNameConverter() {
		return PlansQualifiedNameConverter.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class)
				.annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(PlansNamespaceScopeProvider.class);
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return PlansResourceDescriptionStrategy.class;
	}

	/**
	 * EMF's generic checks (multiplicities, data values, containment) hold by construction for
	 * parsed plans and cost a third of validation: the plans rules and linking report what matters.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}

	/** Non-breaking spaces between words are white space to the formatter too. */
	public Class<? extends TextRegionAccessBuilder> bindTextRegionAccessBuilder() {
		return SpacesAreWhiteSpace.class;
	}

	@Override
	public Class<? extends IParser> bindIParser() {
		return PlansParserWithTokensAhead.class;
	}

	public Class<? extends IFragmentProvider> bindIFragmentProvider() {
		return PlansFragmentProvider.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return PlansSyntaxErrorMessageProvider.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return PlansValueConverters.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return PlansLinkingDiagnosticMessageProvider.class;
	}

	/** Keeps the links an in-place edit cannot change ({@code KeptLinks}). */
	@Override
	public Class<? extends ILinker> bindILinker() {
		return PlansLinker.class;
	}

	public Class<? extends IReferableElementsUnloader> bindIReferableElementsUnloader() {
		return PlansUnloader.class;
	}

	/** Lexes from a token before an edit, not from the start of the file, to widen it to whole tokens. */
	public Class<? extends TokenRegionProvider> bindTokenRegionProvider() {
		return PlansTokenRegionProvider.class;
	}

	/** Reuses the findings of actions an in-place edit cannot have changed (the language server). */
	public Class<? extends Diagnostician> bindDiagnostician() {
		return PlansDiagnostician.class;
	}

	/** Keeps the issue of a finding kept across an in-place edit (the language server). */
	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return PlansResourceValidator.class;
	}

	/** Parses again the block around an edit with a syntax error, not the whole file. */
	@Override
	public Class<? extends IPartialParsingHelper> bindIPartialParserHelper() {
		return PlansPartialParsingHelper.class;
	}

	/** After partial parsing, numbers again the leaves from the new node on, not every leaf of the file. */
	public Class<? extends NodeModelBuilder> bindNodeModelBuilder() {
		return PlansNodeModelBuilder.class;
	}

	/** Index entries that, after an in-place edit, read only the objects that can link into other files. */
	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return PlansResourceDescriptionManager.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return PlansResource.class;
	}
}
