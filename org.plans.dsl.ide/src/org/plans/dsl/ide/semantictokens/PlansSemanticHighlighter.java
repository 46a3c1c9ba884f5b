package org.plans.dsl.ide.semantictokens;

import java.util.BitSet;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.plans.dsl.naming.PlansQualifiedNameConverter;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.PlansPackage;
import org.plans.dsl.plans.Uses;

/**
 * Semantic tokens for plans, computed from the node model and the resolved references.
 * The ids are LSP token types and modifiers (Xtext's {@code SemanticTokensService} looks
 * them up in its legend): plan ids are {@code namespace}; people and partners
 * {@code variable}; roles and teams {@code parameter}; measures {@code property}; priorities
 * {@code class}; objectives and actions {@code function}; recommendations and findings
 * {@code event}; boards {@code struct}; RAG and status values {@code enumMember}; dates and
 * quantities {@code number}; comparators {@code operator}; other words of the language
 * {@code keyword}; text {@code string}; comments {@code comment}. Names where they are
 * declared carry the {@code declaration} modifier.
 */
public class PlansSemanticHighlighter implements ISemanticHighlightingCalculator {

	public static final String DECLARATION = "declaration";

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancel) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		String text = resource.getParseResult().getRootNode().getText();
		BitSet named = new BitSet(text.length());
		for (var it = resource.getAllContents(); it.hasNext();) {
			if (cancel.isCanceled()) {
				return;
			}
			EObject obj = it.next();
			highlightName(obj, text, named, acceptor);
			highlightReferences(obj, text, named, acceptor);
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (!named.get(leaf.getOffset())) {
				String type = tokenType(leaf);
				if (type != null) {
					add(text, leaf.getOffset(), leaf.getLength(), acceptor, type);
				}
			}
		}
	}

	private void highlightName(EObject obj, String text, BitSet named, IHighlightedPositionAcceptor acceptor) {
		EStructuralFeature name = obj.eClass().getEStructuralFeature("name");
		String type = Tokens.forDeclaration(obj.eClass());
		if (name != null && type != null) {
			for (INode node : NodeModelUtils.findNodesForFeature(obj, name)) {
				mark(named, node);
				add(text, node.getOffset(), node.getLength(), acceptor, type, DECLARATION);
			}
		}
		if (obj instanceof Action) {
			// an action's id ("action 1.1 \"...\" id recruit") is a second name of it
			for (INode node : NodeModelUtils.findNodesForFeature(obj, PlansPackage.Literals.ACTION__ID)) {
				mark(named, node);
				add(text, node.getOffset(), node.getLength(), acceptor, Tokens.forDeclaration(obj.eClass()), DECLARATION);
			}
		}
		if (obj instanceof Uses) {
			for (INode node : NodeModelUtils.findNodesForFeature(obj, PlansPackage.Literals.USES__PLAN)) {
				mark(named, node);
				add(text, node.getOffset(), node.getLength(), acceptor, Tokens.NAMESPACE);
			}
		}
	}

	private void highlightReferences(EObject obj, String text, BitSet named, IHighlightedPositionAcceptor acceptor) {
		for (EReference reference : obj.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer()) {
				continue;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(obj, reference);
			List<?> targets = targets(obj, reference);
			for (int i = 0; i < nodes.size(); i++) {
				INode node = nodes.get(i);
				EObject target = i < targets.size() ? (EObject) targets.get(i) : null;
				String type = Tokens.forDeclaration(
						target == null || target.eIsProxy() ? reference.getEReferenceType() : target.eClass());
				mark(named, node);
				String written = NodeModelUtils.getTokenText(node);
				int qualifier = written.lastIndexOf(PlansQualifiedNameConverter.DELIMITER);
				int offset = node.getOffset();
				if (qualifier > 0) {
					int prefix = qualifier + PlansQualifiedNameConverter.DELIMITER.length();
					add(text, offset, prefix, acceptor, Tokens.NAMESPACE);
					add(text, offset + prefix, node.getLength() - prefix, acceptor, type);
				} else {
					add(text, offset, node.getLength(), acceptor, type);
				}
			}
		}
	}

	/** What a reference points to (resolving it), in the order written. */
	private static List<?> targets(EObject obj, EReference reference) {
		Object value = obj.eGet(reference, true);
		if (value instanceof List<?> list) {
			return list;
		}
		return value == null ? List.of() : List.of(value);
	}

	/** The token type of a word the references and names did not cover, or null for none. */
	private static String tokenType(ILeafNode leaf) {
		EObject element = leaf.getGrammarElement();
		if (element instanceof Keyword keyword) {
			AbstractRule rule = GrammarUtil.containingRule(keyword);
			if (rule instanceof EnumRule) {
				return Tokens.forEnum(rule.getName());
			}
			if ("Number".equals(rule.getName())) {
				return Tokens.NUMBER; // the separators of "48,000" and "350.50"
			}
			return Character.isLetter(keyword.getValue().charAt(0)) ? Tokens.KEYWORD : null;
		}
		if (element instanceof EnumLiteralDeclaration literal) {
			return Tokens.forEnum(GrammarUtil.containingRule(literal).getName());
		}
		if (element instanceof RuleCall call && call.getRule() instanceof EnumRule rule) {
			return Tokens.forEnum(rule.getName());
		}
		if (element instanceof RuleCall call && call.getRule() instanceof TerminalRule terminal) {
			return Tokens.forTerminal(terminal.getName(), GrammarUtil.containingRule(call));
		}
		if (element instanceof TerminalRule terminal && leaf.isHidden()) {
			return Tokens.forTerminal(terminal.getName(), null);
		}
		return null;
	}

	private static void mark(BitSet named, INode node) {
		named.set(node.getOffset(), node.getOffset() + Math.max(1, node.getLength()));
	}

	/**
	 * Adds one position per line, without the indentation of continuation lines: LSP clients
	 * need not support tokens over several lines.
	 */
	private static void add(String text, int offset, int length, IHighlightedPositionAcceptor acceptor, String... ids) {
		int start = offset;
		int end = Math.min(text.length(), offset + length);
		for (int i = offset; i <= end; i++) {
			if (i == end || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
				if (i > start) {
					acceptor.addPosition(start, i - start, ids);
				}
				start = i + 1;
				while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
					start++;
				}
				i = Math.max(i, start - 1);
			}
		}
	}
}
