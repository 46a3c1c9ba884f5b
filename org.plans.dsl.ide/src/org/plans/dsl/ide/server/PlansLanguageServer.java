package org.plans.dsl.ide.server;

import java.io.PrintStream;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.LaunchArgs;
import org.eclipse.xtext.ide.server.ServerLauncher;
import org.eclipse.xtext.ide.server.ServerModule;

import com.google.inject.Guice;
import com.google.inject.util.Modules;

/**
 * Starts the plans language server on standard input and output: Xtext's server, with the
 * input checked message by message ({@link MessageFraming}) and errors answered without Java
 * internals ({@link RequestErrors}; messages it cannot read: {@link MalformedMessages}), and
 * diagnostics published again written from their text ({@link DiagnosticJson}). When the input ends without {@code exit}, the process ends.
 */
public final class PlansLanguageServer {

	private PlansLanguageServer() {
	}

	public static void main(String[] args) {
		PrintStream log = System.err;
		LaunchArgs launch = ServerLauncher.createLaunchArgs(PlansLanguageServer.class.getName(), args);
		LanguageServerImpl server = Guice.createInjector(Modules.override(new ServerModule()).with(new PlansServerBindings()))
				.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>() {
			@Override
			protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler json) {
				MessageConsumer out = unvalidated(new StreamMessageConsumer(output, json));
				RemoteEndpoint endpoint = new MalformedMessages(out, ServiceEndpoints.toEndpoint(localServices),
						exceptionHandler, log);
				json.setMethodProvider(endpoint);
				endpoint.setJsonHandler(json);
				return endpoint;
			}

			/**
			 * The output as {@code wrapMessageConsumer} wraps it (traced), except not validated:
			 * the server's own messages are well formed, and validating them reflectively walked
			 * every diagnostic of every publish (a tenth of an edit of a large file). Incoming
			 * messages are still validated ({@code create} wraps the endpoint with the validator).
			 */
			private MessageConsumer unvalidated(MessageConsumer consumer) {
				MessageConsumer result = messageTracer == null ? consumer : messageTracer.apply(consumer);
				return messageWrapper == null ? result : messageWrapper.apply(result);
			}
		}.setLocalService(server)
				.setRemoteInterface(LanguageClient.class).configureGson(DiagnosticJson::register).setInput(new MessageFraming(launch.getIn(), log))
				.setOutput(launch.getOut()).validateMessages(launch.isValidate()).traceMessages(launch.getTrace())
				.setExceptionHandler(new RequestErrors(log)).create();
		server.connect(launcher.getRemoteProxy());
		try {
			launcher.startListening().get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException e) {
			log.println("plans lsp: stopped reading standard input (" + e.getCause() + ")");
		}
		log.println("plans lsp: standard input ended without an exit message; exiting");
		log.flush();
		System.exit(1);
	}
}
