package org.plans.dsl.eclipse.editor.edit;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Bracket matching for plans: braces of blocks, parentheses and square brackets. */
public class PlansBracketMatcher extends DefaultCharacterPairMatcher {

	public PlansBracketMatcher() {
		super(new char[] { '{', '}', '(', ')', '[', ']' });
	}
}
