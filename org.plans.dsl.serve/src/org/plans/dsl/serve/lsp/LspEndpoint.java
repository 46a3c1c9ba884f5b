package org.plans.dsl.serve.lsp;

import java.io.IOException;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.websocket.jakarta.WebSocketEndpoint;
import org.plans.dsl.ide.server.DiagnosticJson;
import org.plans.dsl.ide.server.RequestErrors;

import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;

/**
 * {@code /lsp}: one language-server session per WebSocket connection, one JSON-RPC message per
 * text message. A message over {@link ServeLimits#messageBytes()} closes that connection (1009,
 * "message too big") and no other; a connection over {@link ServeLimits#connections()} is closed
 * at once (1013, "try again later"); one that sends nothing for {@link ServeLimits#idle()} is
 * closed (1001). Each close says why in its reason. Diagnostics are written as by
 * {@code plans lsp} ({@link DiagnosticJson}).
 */
public final class LspEndpoint extends WebSocketEndpoint<LanguageClient> {

	private final LanguageSessions sessions;
	private LanguageSessions.Session session;
	private boolean admitted;
	private IdleWatch idle;
	private final AtomicReference<LanguageClient> client = new AtomicReference<>();

	public LspEndpoint(LanguageSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	public void onOpen(Session webSocket, EndpointConfig config) {
		ServeLimits limits = sessions.limits();
		if (!sessions.admit()) {
			close(webSocket, new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER,
					"plans serve has " + limits.connections() + (limits.connections() == 1 ? " connection" : " connections")
							+ " open, the most it allows; try again later"));
			return;
		}
		admitted = true;
		try {
			webSocket.setMaxTextMessageBufferSize(limits.messageBytes());
			webSocket.setMaxIdleTimeout(0); // the IdleWatch counts only what the client sends
			session = sessions.start();
			idle = new IdleWatch(limits.idle(), sessions.clock(), () -> close(webSocket, new CloseReason(
					CloseReason.CloseCodes.GOING_AWAY, "nothing was sent for " + IdleWatch.words(limits.idle())
							+ ", so plans serve closed the connection")));
			super.onOpen(webSocket, config);
		} catch (RuntimeException e) {
			sessions.log().println("plans serve: could not start a language session: " + e);
			close(webSocket, new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "could not start the language server"));
		}
	}

	@Override
	protected void configure(Launcher.Builder<LanguageClient> builder) {
		builder.setLocalService(session.server()).setRemoteInterface(LanguageClient.class)
				.configureGson(DiagnosticJson::register)
				.setExceptionHandler(new RequestErrors(sessions.log()))
				.wrapMessages(idle.andThen(new OpenDocuments(sessions.limits(), message -> {
					LanguageClient remote = client.get();
					if (remote != null) {
						remote.showMessage(message);
					}
				})));
	}

	@Override
	protected void connect(Collection<Object> localServices, LanguageClient remoteProxy) {
		client.set(remoteProxy);
		session.server().connect(remoteProxy);
	}

	@Override
	public void onClose(Session webSocket, CloseReason reason) {
		if (idle != null) {
			idle.stop();
		}
		if (admitted) {
			admitted = false;
			sessions.end(session);
			session = null;
		}
	}

	@Override
	public void onError(Session webSocket, Throwable failure) {
		sessions.log().println("plans serve: a WebSocket connection failed: "
				+ (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage()));
	}

	private static void close(Session webSocket, CloseReason reason) {
		try {
			webSocket.close(reason);
		} catch (IOException e) {
			// closed already
		}
	}
}
