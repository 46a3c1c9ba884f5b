package org.plans.dsl.ide.server;

import java.io.PrintStream;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * The answer to a request that failed: parameters that do not fit (a position outside the
 * document, a missing value) are "invalid params", anything else an internal error; the
 * message says so in words and {@code data} is empty. The stack trace goes to the log only.
 */
public final class RequestErrors implements Function<Throwable, ResponseError> {

	private final PrintStream log;

	public RequestErrors(PrintStream log) {
		this.log = log;
	}

	@Override
	public ResponseError apply(Throwable failure) {
		Throwable cause = failure;
		while (cause instanceof CompletionException && cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof ResponseErrorException answer) {
			return answer.getResponseError();
		}
		if (cause instanceof IndexOutOfBoundsException || cause instanceof NullPointerException
				|| cause instanceof IllegalArgumentException || cause instanceof ClassCastException) {
			return new ResponseError(ResponseErrorCode.InvalidParams,
					"The request's parameters do not fit the document (a position outside it, or a value missing).", null);
		}
		log.println("plans lsp: a request failed:");
		cause.printStackTrace(log);
		return new ResponseError(ResponseErrorCode.InternalError,
				"The plans language server could not answer this request; its log has the details.", null);
	}
}
