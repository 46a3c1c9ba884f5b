package org.plans.dsl.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.util.EnumSet;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.ee10.websocket.servlet.WebSocketUpgradeFilter;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.plans.dsl.ide.PlansIdeSetup;
import org.plans.dsl.serve.folder.FolderWatcher;
import org.plans.dsl.serve.folder.PlanFolder;
import org.plans.dsl.serve.generate.TargetsZip;
import org.plans.dsl.serve.http.AccessFilter;
import org.plans.dsl.serve.http.Routes;
import org.plans.dsl.serve.lsp.FolderIndex;
import org.plans.dsl.serve.lsp.LanguageSessions;
import org.plans.dsl.serve.lsp.LspEndpoint;

import com.google.inject.Injector;

import jakarta.servlet.DispatcherType;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * {@code plans serve}: Jetty with the editor page, the files API, generation, the rules' pages
 * and the language server on {@code /lsp}, for one folder. Every request passes
 * {@link AccessFilter} first.
 */
public final class PlansServer {

	private final Server jetty;
	private final ServeOptions options;
	private final LanguageSessions sessions;
	private final FolderWatcher watcher;

	private PlansServer(Server jetty, ServeOptions options, LanguageSessions sessions, FolderWatcher watcher) {
		this.jetty = jetty;
		this.options = options;
		this.sessions = sessions;
		this.watcher = watcher;
	}

	/** Starts serving; the language is set up first (a second or two). */
	public static PlansServer start(ServeOptions options, PrintStream log) throws Exception {
		PlanFolder folder = new PlanFolder(options.folder());
		Injector language = new PlansIdeSetup().createInjectorAndDoEMFRegistration();
		LanguageSessions sessions = new LanguageSessions(language, folder, options.limits(), log);

		QueuedThreadPool threads = new QueuedThreadPool(64, 4);
		threads.setName("plans-serve");
		Server jetty = new Server(threads);
		HttpConfiguration http = new HttpConfiguration();
		http.setSendServerVersion(false);
		http.setSendXPoweredBy(false);
		ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
		connector.setHost(options.host());
		connector.setPort(options.port());
		jetty.addConnector(connector);
		ErrorHandler errors = new ErrorHandler();
		errors.setShowStacks(false);
		errors.setShowCauses(false);
		jetty.setErrorHandler(errors);

		ServletContextHandler context = new ServletContextHandler("/");
		context.addFilter(new FilterHolder(new AccessFilter(options.token())), "/*", EnumSet.of(DispatcherType.REQUEST));
		// the WebSocket upgrade after the access checks: Jetty puts its own upgrade filter first
		// unless one of this name is there already
		FilterHolder upgrade = new FilterHolder(new WebSocketUpgradeFilter());
		upgrade.setName(WebSocketUpgradeFilter.class.getName());
		upgrade.setAsyncSupported(true);
		context.addFilter(upgrade, "/*", EnumSet.of(DispatcherType.REQUEST));
		Routes.add(context, folder, options.readOnly(), sessions::fileChanged, new TargetsZip(folder, language), log);
		JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
			container.setDefaultMaxTextMessageBufferSize(options.limits().messageBytes());
			container.addEndpoint(ServerEndpointConfig.Builder.create(LspEndpoint.class, "/lsp")
					.configurator(new ServerEndpointConfig.Configurator() {
						@Override
						public <T> T getEndpointInstance(Class<T> endpointClass) {
							return endpointClass.cast(new LspEndpoint(sessions));
						}
					}).build());
		});
		jetty.setHandler(context);
		jetty.setStopAtShutdown(true);
		FolderWatcher watcher = FolderWatcher.start(folder, sessions::fileChanged, log);
		try {
			jetty.start();
		} catch (Exception e) {
			watcher.close();
			throw e;
		}
		return new PlansServer(jetty, options, sessions, watcher);
	}

	/** The port the server listens on (the one chosen when the options said 0). */
	public int port() {
		return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
	}

	/** The address to open, with the token if there is one. */
	public String address() {
		String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
		if (host.equals("0.0.0.0") || host.equals("[::]")) {
			host = "localhost";
		}
		return "http://" + host + ":" + port() + "/" + options.token().map(t -> "?token=" + t).orElse("");
	}

	/** How many language-server sessions are open. */
	public int sessions() {
		return sessions.open();
	}

	/** The folder's index, shared by the sessions. */
	public FolderIndex index() {
		return sessions.index();
	}

	public void join() throws InterruptedException {
		jetty.join();
	}

	public void stop() throws IOException {
		watcher.close();
		sessions.close();
		try {
			jetty.stop();
		} catch (Exception e) {
			throw new IOException("could not stop the server: " + e.getMessage(), e);
		}
	}
}
