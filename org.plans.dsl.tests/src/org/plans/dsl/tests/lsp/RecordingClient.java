package org.plans.dsl.tests.lsp;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;
import org.plans.dsl.rules.Rule;

/** The editor's side of the connection: remembers the latest diagnostics of each file. */
final class RecordingClient implements LanguageClient {

	private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
	private final List<String> internalErrors = new CopyOnWriteArrayList<>();
	private final Map<String, Integer> publications = new ConcurrentHashMap<>();
	private final List<PublishDiagnosticsParams> published = new CopyOnWriteArrayList<>();

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		params.getDiagnostics().stream().filter(d -> Rule.INTERNAL_ERROR.code().equals(codeOf(d)))
				.forEach(d -> internalErrors.add(params.getUri() + " " + d.getRange().getStart() + " " + d.getMessage()));
		synchronized (this) {
			published.add(params);
			diagnostics.put(params.getUri(), params.getDiagnostics());
			publications.merge(params.getUri(), 1, Integer::sum);
			notifyAll();
		}
	}

	/** Waits (at most {@code timeout}) until the file's diagnostics satisfy {@code condition}. */
	synchronized List<Diagnostic> awaitDiagnostics(String uri, Predicate<List<Diagnostic>> condition, Duration timeout)
			throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (true) {
			List<Diagnostic> current = diagnostics.get(uri);
			if (current != null && condition.test(current)) {
				return current;
			}
			long left = Duration.between(Instant.now(), deadline).toMillis();
			if (left <= 0) {
				throw new AssertionError("Diagnostics of " + uri + " did not arrive in time; last: " + current);
			}
			wait(left);
		}
	}

	/** How many diagnostics notifications have arrived so far (for {@link #publishedSince}). */
	int publishCount() {
		return published.size();
	}

	/** The diagnostics of the file in each notification since the {@code count}th, in order of arrival. */
	List<List<Diagnostic>> publishedSince(int count, String uri) {
		return published.subList(count, published.size()).stream().filter(p -> p.getUri().equals(uri))
				.map(PublishDiagnosticsParams::getDiagnostics).toList();
	}

	/** Every internal-error diagnostic the server ever published: each is a bug in a rule. */
	List<String> internalErrors() {
		return List.copyOf(internalErrors);
	}

	private static String codeOf(Diagnostic d) {
		return d.getCode() == null ? null : d.getCode().isLeft() ? d.getCode().getLeft() : String.valueOf(d.getCode().getRight());
	}

	/** How many times the file's diagnostics were published (each build that checked it publishes them once). */
	int publications(String uri) {
		return publications.getOrDefault(uri, 0);
	}

	/** The diagnostics last published for the file, or null. */
	List<Diagnostic> latest(String uri) {
		return diagnostics.get(uri);
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams params) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
	}
}
