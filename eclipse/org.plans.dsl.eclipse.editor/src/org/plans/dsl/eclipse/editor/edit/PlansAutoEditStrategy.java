package org.plans.dsl.eclipse.editor.edit;

import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;

/**
 * Auto-closing as in the VS Code extension's language configuration: typing an opening brace,
 * parenthesis, square bracket or a double quote adds its closing character after the caret
 * (before white space, the end of the text or another closing character); typing the closing
 * character just before the same one steps over it.
 */
public class PlansAutoEditStrategy implements IAutoEditStrategy {

	private static final Map<Character, Character> PAIRS = Map.of('{', '}', '(', ')', '[', ']', '"', '"');

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		if (command.text == null || command.text.length() != 1 || command.length != 0) {
			return;
		}
		char typed = command.text.charAt(0);
		try {
			char next = command.offset < document.getLength() ? document.getChar(command.offset) : '\0';
			if (PAIRS.containsValue(typed) && next == typed) {
				command.text = "";
				command.caretOffset = command.offset + 1;
				command.shiftsCaret = false;
				return;
			}
			Character closing = PAIRS.get(typed);
			if (closing != null && (next == '\0' || Character.isWhitespace(next) || PAIRS.containsValue(next))) {
				command.text = typed + String.valueOf(closing);
				command.caretOffset = command.offset + 1;
				command.shiftsCaret = false;
			}
		} catch (BadLocationException e) {
			// leave the command as typed
		}
	}
}
