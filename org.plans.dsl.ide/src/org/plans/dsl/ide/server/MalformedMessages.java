package org.plans.dsl.ide.server;

import java.io.EOFException;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * LSP4J's endpoint, except for messages it cannot read (JSON that is cut off, parameters of the
 * wrong type): LSP4J answers them with its parser's text and the Java exception, stack trace and
 * all, in {@code data}. Here the answer says in words what is wrong (with the JSON path where
 * the parser gives one) and carries no {@code data}; the log gets one line per message.
 */
final class MalformedMessages extends RemoteEndpoint {

	private static final Pattern PATH = Pattern.compile("path (\\$[^\\s]*)");

	private final MessageConsumer out;
	private final PrintStream log;

	MalformedMessages(MessageConsumer out, Endpoint local, Function<Throwable, ResponseError> errors, PrintStream log) {
		super(out, local, errors);
		this.out = out;
		this.log = log;
	}

	@Override
	protected void handleRequestIssues(RequestMessage request, List<MessageIssue> issues) {
		ResponseError error = answer(request.getMethod(), issues);
		log.println("plans lsp: " + error.getMessage());
		out.consume(createErrorResponseMessage(request, error));
	}

	@Override
	protected void logIssues(Message message, List<MessageIssue> issues) {
		log.println("plans lsp: ignored a notification it could not read" + where(issues));
	}

	/** The answer to a request with these issues: their code, a message in words, no data. */
	static ResponseError answer(String method, List<MessageIssue> issues) {
		int code = issues.size() == 1 && issues.get(0).getIssueCode() != 0 ? issues.get(0).getIssueCode()
				: ResponseErrorCode.InvalidRequest.getValue();
		String what = method == null ? "the request" : "the request '" + method + "'";
		String message;
		if (code == ResponseErrorCode.ParseError.getValue()) {
			message = "Could not read " + what + ": " + problem(issues) + where(issues) + ".";
		} else if (code == ResponseErrorCode.InvalidParams.getValue()) {
			message = "The parameters of " + what + " are not what it takes" + where(issues) + ".";
		} else {
			message = "Could not read " + what + ": it is not a valid JSON-RPC request" + where(issues) + ".";
		}
		return new ResponseError(code, message, null);
	}

	/** What the parser found wrong, in words: a value of the wrong type, the text cut off, or other. */
	private static String problem(List<MessageIssue> issues) {
		for (MessageIssue issue : issues) {
			for (Throwable t = issue.getCause(); t != null; t = t.getCause()) {
				String said = String.valueOf(t.getMessage());
				if (t instanceof NumberFormatException || said.contains("Expected ") && said.contains(" but was ")) {
					return "a value has the wrong type";
				}
				if (t instanceof EOFException || said.contains("End of input")) {
					return "the message ends too early";
				}
			}
		}
		return "it is not well-formed JSON-RPC";
	}

	/** " (at $.params.position)" when an issue's text or cause names the JSON path, else "". */
	private static String where(List<MessageIssue> issues) {
		for (MessageIssue issue : issues) {
			for (Throwable t = issue.getCause(); t != null; t = t.getCause()) {
				Matcher m = PATH.matcher(String.valueOf(t.getMessage()));
				if (m.find()) {
					return " (at " + m.group(1) + ")";
				}
			}
			Matcher m = PATH.matcher(String.valueOf(issue.getText()));
			if (m.find()) {
				return " (at " + m.group(1) + ")";
			}
		}
		return "";
	}
}
