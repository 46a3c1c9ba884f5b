package org.plans.dsl.serve.lsp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.xtext.ide.server.Document;

/**
 * The documents one connection has open, kept within its limits before the language server sees
 * them: a document over {@link #MAX_CHARS} characters, more than {@link ServeLimits#openDocuments()}
 * documents, or more than {@link ServeLimits#openChars()} characters in all are not checked, and
 * the client is told why with {@code window/showMessage}. A document that an edit takes over a
 * limit is closed in the language server; its further edits are dropped until it is opened again.
 * (Whole messages are limited by the WebSocket, {@link ServeLimits#messageBytes()}.)
 */
final class OpenDocuments implements Function<MessageConsumer, MessageConsumer> {

	/** 2 MB of plan text (counted in characters), the most a save writes. */
	static final int MAX_CHARS = 2 << 20;

	private final ServeLimits limits;
	private final Consumer<MessageParams> tell;
	private final Map<String, Document> open = new HashMap<>();
	private final Set<String> refused = new HashSet<>();

	OpenDocuments(ServeLimits limits, Consumer<MessageParams> tell) {
		this.limits = limits;
		this.tell = tell;
	}

	@Override
	public MessageConsumer apply(MessageConsumer next) {
		return message -> {
			Message passed = message instanceof NotificationMessage notification ? admit(notification) : message;
			if (passed != null) {
				next.consume(passed);
			}
		};
	}

	/** The message to pass on for a notification (null: none). Called on the connection's one reading thread. */
	private Message admit(NotificationMessage notification) {
		Object params = notification.getParams();
		if (params instanceof DidOpenTextDocumentParams opened && opened.getTextDocument() != null) {
			String uri = opened.getTextDocument().getUri();
			String text = opened.getTextDocument().getText() == null ? "" : opened.getTextDocument().getText();
			String why = overLimit(uri, text.length());
			if (why != null) {
				refuse(uri, why);
				return null;
			}
			refused.remove(uri);
			open.put(uri, new Document(opened.getTextDocument().getVersion(), text));
			return notification;
		}
		if (params instanceof DidChangeTextDocumentParams changed && changed.getTextDocument() != null) {
			String uri = changed.getTextDocument().getUri();
			Document before = open.get(uri);
			if (before == null) {
				return null; // refused, or never opened
			}
			Document after = before.applyTextDocumentChanges(changed.getContentChanges());
			String why = overLimit(uri, after.getContents().length());
			if (why != null) {
				open.remove(uri);
				refuse(uri, why);
				return close(uri);
			}
			open.put(uri, after);
			return notification;
		}
		if (params instanceof DidCloseTextDocumentParams closed && closed.getTextDocument() != null) {
			String uri = closed.getTextDocument().getUri();
			refused.remove(uri);
			return open.remove(uri) == null ? null : notification;
		}
		return notification;
	}

	/** Why a document of {@code chars} characters may not be open beside the others, or null. */
	private String overLimit(String uri, int chars) {
		if (chars > MAX_CHARS) {
			return "This document is larger than " + (MAX_CHARS >> 20) + " MB of text: plans serve does not check it."
					+ " Split the plan into several files.";
		}
		if (!open.containsKey(uri) && open.size() >= limits.openDocuments()) {
			return "This connection has " + limits.openDocuments() + " documents open, the most plans serve allows:"
					+ " close a tab to check another.";
		}
		long others = open.entrySet().stream().filter(e -> !e.getKey().equals(uri))
				.mapToLong(e -> e.getValue().getContents().length()).sum();
		if (others + chars > limits.openChars()) {
			return "The documents open in this connection would have more than " + megabytes(limits.openChars())
					+ " of text, the most plans serve allows: close a tab to check this one.";
		}
		return null;
	}

	private void refuse(String uri, String why) {
		if (refused.add(uri)) {
			tell.accept(new MessageParams(MessageType.Error, why));
		}
	}

	private static NotificationMessage close(String uri) {
		NotificationMessage close = new NotificationMessage();
		close.setJsonrpc("2.0");
		close.setMethod("textDocument/didClose");
		close.setParams(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
		return close;
	}

	private static String megabytes(long chars) {
		return chars % (1 << 20) == 0 ? (chars >> 20) + " MB" : chars + " characters";
	}
}
