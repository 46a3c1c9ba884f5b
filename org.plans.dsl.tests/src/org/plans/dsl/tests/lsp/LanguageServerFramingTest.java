package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.ide.server.PlansLanguageServer;

/**
 * The real server process over pipes: a wrong {@code Content-Length} does not wedge it, closed
 * standard input ends it with one line, and requests with positions outside the document or
 * no parameters get an answer without Java internals.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class LanguageServerFramingTest {

	@TempDir
	Path workspace;

	private Process server;

	private Process start(Path log) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PlansLanguageServer.class.getName())
				.redirectError(Redirect.to(log.toFile())).start();
		return server;
	}

	@AfterEach
	void stop() {
		if (server != null) {
			server.destroyForcibly();
		}
	}

	private static void send(OutputStream out, String header, String body) throws IOException {
		out.write((header + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(body.getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	@Test
	void aWrongContentLengthDoesNotWedgeTheServer() throws Exception {
		Path log = workspace.resolve("server.log");
		Process process = start(log);
		OutputStream out = process.getOutputStream();
		String ping = "{\"jsonrpc\":\"2.0\",\"method\":\"plans/noSuchNotification\"}";
		send(out, "Content-Length: abc", ping);
		send(out, "Content-Length: -5", ping);
		send(out, "Content-Length: 99999999999", ping);
		send(out, "Content-Length: 100000", ping);
		LanguageServer lsp = connect(process);
		assertNotNull(lsp.initialize(initializeParams()).get(60, TimeUnit.SECONDS).getCapabilities(),
				"answers after messages with wrong lengths");
		lsp.shutdown().get(60, TimeUnit.SECONDS);
		lsp.exit();
		assertTrue(process.waitFor(30, TimeUnit.SECONDS));
		String said = Files.readString(log);
		assertTrue(said.contains("plans lsp: ignored a message with Content-Length 'abc'"), said);
		assertTrue(said.contains("plans lsp: a message was shorter than its Content-Length (100000)"), said);
	}

	@Test
	void closedStandardInputEndsTheServerWithOneLine() throws Exception {
		Path log = workspace.resolve("server.log");
		Process process = start(log);
		process.getOutputStream().close();
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server ends when its input ends");
		assertEquals(1, process.exitValue());
		String said = Files.readString(log);
		assertTrue(said.length() < 2000, said);
		assertTrue(said.contains("plans lsp: standard input ended without an exit message; exiting"), said);
	}

	@Test
	void noiseOnStandardInputEndsTheServer() throws Exception {
		Path log = workspace.resolve("server.log");
		Process process = start(log);
		OutputStream out = process.getOutputStream();
		byte[] noise = new byte[64 * 1024];
		java.util.Arrays.fill(noise, (byte) 'x');
		try {
			for (int i = 0; i < 40; i++) {
				out.write(noise);
				out.write('\n');
			}
			out.flush();
		} catch (IOException closedWhenTheServerLeft) {
			// expected once the server gives up
		}
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server ends on input that is not LSP");
		String said = Files.readString(log);
		assertTrue(said.length() < 2000, said);
		assertTrue(said.contains("that is not LSP messages"), said);
	}

	@Test
	void positionsOutsideTheDocumentAndMissingParamsAnswerWithoutInternals() throws Exception {
		Process process = start(workspace.resolve("server.log"));
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new RecordingClient(), process.getInputStream(),
				process.getOutputStream());
		launcher.startListening();
		LanguageServer lsp = launcher.getRemoteProxy();
		lsp.initialize(initializeParams()).get(60, TimeUnit.SECONDS);
		lsp.initialized(new InitializedParams());
		String uri = workspace.resolve("a.plan").toUri().toString();
		lsp.getTextDocumentService()
				.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plans", 1, "plan a \"A\"\nperson p \"P\"\n")));
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		assertAnswerWithoutInternals(lsp.getTextDocumentService().hover(new HoverParams(document, new Position(1000, 3))));
		assertAnswerWithoutInternals(lsp.getTextDocumentService().hover(new HoverParams(document, new Position(0, 5000))));
		assertAnswerWithoutInternals(lsp.getTextDocumentService().hover(new HoverParams(document, new Position(-1, -1))));
		assertAnswerWithoutInternals(launcher.getRemoteEndpoint().request("textDocument/hover", null));
		assertAnswerWithoutInternals(launcher.getRemoteEndpoint().request("textDocument/completion", null));
		assertAnswerWithoutInternals(launcher.getRemoteEndpoint().request("textDocument/documentSymbol", null));
	}

	/**
	 * Messages LSP4J cannot read (cut-off JSON, a parameter of the wrong type, a request without a
	 * method) are answered with an error in words: no parser text, no exception in {@code data}.
	 */
	@Test
	void malformedMessagesAreAnsweredInWords() throws Exception {
		Path log = workspace.resolve("server.log");
		Process process = start(log);
		OutputStream out = process.getOutputStream();
		java.io.InputStream in = process.getInputStream();
		String[] requests = {
				"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":\"not a number\"}}",
				"{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":42,\"position\":[]}}",
				"{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":",
				"{\"jsonrpc\":\"2.0\",\"id\":4}" };
		for (String request : requests) {
			byte[] body = request.getBytes(StandardCharsets.UTF_8);
			send(out, "Content-Length: " + body.length, request);
		}
		String answers = "";
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline && countOf(answers, "\"error\"") < 3) {
			if (in.available() > 0) {
				answers += new String(in.readNBytes(in.available()), StandardCharsets.UTF_8);
			} else {
				Thread.sleep(50);
			}
		}
		assertTrue(countOf(answers, "\"error\"") >= 3, answers);
		answers = answers.replace("\\u0027", "'");
		for (String internal : new String[] { "Exception", "java.", "gson", "at com.", "\"data\"", "Expected BEGIN" }) {
			assertTrue(!answers.contains(internal), internal + " in " + answers);
		}
		assertTrue(answers.contains("Could not read the request 'textDocument/hover': a value has the wrong type"
				+ " (at $.params.textDocument)."), answers);
		assertTrue(answers.contains("Could not read the request 'textDocument/hover': the message ends too early"), answers);
		assertTrue(answers.contains("Could not read the request 'initialize': "), answers);
		assertTrue(process.isAlive(), "the server goes on");
		assertTrue(Files.readString(log).length() < 4000, Files.readString(log));
	}

	/**
	 * The server's own messages are not validated reflectively (that walked every diagnostic of
	 * every publish), but they are still traced with {@code -trace}, and the editor's messages
	 * are still validated: a hover with empty parameters is answered with an error.
	 */
	@Test
	void incomingMessagesAreValidatedAndBothWaysTraced() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PlansLanguageServer.class.getName(),
				"-trace", "-log").directory(workspace.toFile()).redirectError(Redirect.to(workspace.resolve("server.log").toFile()))
				.start();
		OutputStream out = server.getOutputStream();
		java.io.InputStream in = server.getInputStream();
		String initialize = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"capabilities\":{}}}";
		send(out, "Content-Length: " + initialize.length(), initialize);
		String hover = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{}}";
		send(out, "Content-Length: " + hover.length(), hover);
		String answers = "";
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline && !answers.contains("\"id\":2,\"error\"")) {
			if (in.available() > 0) {
				answers += new String(in.readNBytes(in.available()), StandardCharsets.UTF_8);
			} else {
				Thread.sleep(50);
			}
		}
		assertTrue(answers.contains("\"id\":2,\"error\":{\"code\":-32600"), answers);
		Path trace = workspace.resolve(PlansLanguageServer.class.getName() + "-debug.log");
		deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline
				&& !(Files.exists(trace) && Files.readString(trace).contains("Sending response 'initialize - (1)'"))) {
			Thread.sleep(50);
		}
		String traced = Files.readString(trace);
		assertTrue(traced.contains("Received request 'initialize - (1)'"), traced);
		assertTrue(traced.contains("Sending response 'initialize - (1)'"), traced);
	}

	private static int countOf(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

	/** An answer, or an error whose message is words and whose data is empty. */
	private static void assertAnswerWithoutInternals(CompletableFuture<?> request) throws Exception {
		try {
			request.get(60, TimeUnit.SECONDS);
		} catch (ExecutionException failed) {
			assertTrue(failed.getCause() instanceof ResponseErrorException, failed.toString());
			ResponseError error = ((ResponseErrorException) failed.getCause()).getResponseError();
			assertNull(error.getData(), String.valueOf(error.getData()));
			assertTrue(!error.getMessage().contains("Exception") && !error.getMessage().contains("java."), error.getMessage());
		}
	}

	private static LanguageServer connect(Process process) {
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new RecordingClient(), process.getInputStream(),
				process.getOutputStream());
		launcher.startListening();
		return launcher.getRemoteProxy();
	}

	private InitializeParams initializeParams() {
		InitializeParams params = new InitializeParams();
		params.setRootUri(workspace.toUri().toString());
		params.setCapabilities(new ClientCapabilities());
		return params;
	}
}
