package org.plans.dsl.serve.lsp;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;

/**
 * Incoming messages that open or change a document with more than {@link #MAX_CHARS} characters
 * of text are not passed on; the client is told with {@code window/showMessage}. (Whole messages
 * are limited by the WebSocket's frame size, see {@link LspEndpoint#MAX_MESSAGE}.)
 */
final class DocumentLimit implements Function<MessageConsumer, MessageConsumer> {

	/** 2 MB of plan text (counted in characters). */
	static final int MAX_CHARS = 2 << 20;

	private final Consumer<MessageParams> tell;

	DocumentLimit(Consumer<MessageParams> tell) {
		this.tell = tell;
	}

	@Override
	public MessageConsumer apply(MessageConsumer next) {
		return message -> {
			if (message instanceof NotificationMessage notification && tooLarge(notification.getParams())) {
				tell.accept(new MessageParams(MessageType.Error, "This document is larger than " + (MAX_CHARS >> 20)
						+ " MB of text: plans serve does not check it. Split the plan into several files."));
				return;
			}
			next.consume(message);
		};
	}

	private static boolean tooLarge(Object params) {
		if (params instanceof DidOpenTextDocumentParams open) {
			return open.getTextDocument() != null && open.getTextDocument().getText() != null
					&& open.getTextDocument().getText().length() > MAX_CHARS;
		}
		if (params instanceof DidChangeTextDocumentParams change && change.getContentChanges() != null) {
			List<TextDocumentContentChangeEvent> changes = change.getContentChanges();
			return changes.stream().mapToLong(c -> c.getText() == null ? 0 : c.getText().length()).sum() > MAX_CHARS;
		}
		return false;
	}
}
