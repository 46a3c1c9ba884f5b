package org.plans.dsl.parser;

import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** The block a parse error is in whose '{' is not yet closed, named as the author wrote it. */
final class OpenBlocks {

	/** Words that start a declaration or a block: inside a block that cannot hold them, its '}' may be missing. */
	private static final Set<String> STARTS = Set.of("action", "objective", "priority", "workstream", "person", "role", "team",
			"partner", "measure", "recommendation", "finding", "board", "plan");

	/** The lines of the file before the text being parsed, when that is one block of it ({@link BlockParser}). */
	private static final ThreadLocal<Integer> LINES_BEFORE = ThreadLocal.withInitial(() -> 0);

	private OpenBlocks() {
	}

	/** Parses with {@code parse} a text that starts after {@code lines} lines of its file. */
	static <T> T after(int lines, Supplier<T> parse) {
		int outer = LINES_BEFORE.get();
		LINES_BEFORE.set(lines);
		try {
			return parse.get();
		} finally {
			LINES_BEFORE.set(outer);
		}
	}

	static boolean startsABlock(String word) {
		return word != null && STARTS.contains(word);
	}

	/** "Action 1.1, opened on line 5, has no closing '}'." for the innermost open block around {@code context}, or null. */
	static String describe(EObject context) {
		for (EObject current = context; current != null; current = current.eContainer()) {
			ICompositeNode node = NodeModelUtils.getNode(current);
			if (node != null && opensABrace(node)) {
				String name = name(current);
				String word = firstWord(node);
				String block = word == null ? "The block" : Character.toUpperCase(word.charAt(0)) + word.substring(1)
						+ (name == null ? "" : " " + name);
				return block + ", opened on line " + (LINES_BEFORE.get() + node.getStartLine()) + ", has no closing '}'.";
			}
		}
		return null;
	}

	private static boolean opensABrace(ICompositeNode node) {
		boolean open = false;
		for (INode child : node.getChildren()) {
			if (child instanceof ILeafNode leaf && !leaf.isHidden()) {
				if ("{".equals(leaf.getText())) {
					open = true;
				} else if ("}".equals(leaf.getText())) {
					open = false;
				}
			}
		}
		return open;
	}

	private static String firstWord(ICompositeNode node) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf.getText();
			}
		}
		return null;
	}

	private static String name(EObject element) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature("name");
		if (feature != null && element.eGet(feature) instanceof String name && !name.isEmpty()) {
			return name;
		}
		feature = element.eClass().getEStructuralFeature("title");
		if (feature != null && element.eGet(feature) instanceof String title && !title.isEmpty()) {
			return "\"" + (title.length() > 30 ? title.substring(0, 27) + "..." : title) + "\"";
		}
		return null;
	}
}
