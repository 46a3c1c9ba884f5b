package org.plans.dsl.parser;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;

/**
 * A token that reads its text from the input each time it is asked, instead of keeping a copy
 * as ANTLR's token does. A parse keeps every token until it ends, so the copies of a large plan
 * (2.7 million tokens for 50,000 actions, about 200 MB) were all alive at once.
 */
final class TokenWithoutText extends CommonToken {

	private static final long serialVersionUID = 1L;

	TokenWithoutText(CharStream input, int type, int channel, int start, int stop) {
		super(input, type, channel, start, stop);
	}

	@Override
	public String getText() {
		if (text != null) {
			return text;
		}
		CharStream in = getInputStream();
		return in == null ? null : in.substring(getStartIndex(), getStopIndex());
	}
}
