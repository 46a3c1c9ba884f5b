package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code plans lsp} from the packaged jar speaks LSP on stdio: initialize, shutdown, exit. */
class LspCommandIT {

	@Test
	void initializeShutdownExit() throws Exception {
		session("lsp");
	}

	/** Many editors' client templates pass {@code --stdio}. */
	@Test
	void acceptsStdio() throws Exception {
		session("lsp", "--stdio");
	}

	/** Clients made for Xtext languages pass Xtext's server flags; -log writes the server's log in the folder. */
	@Test
	void acceptsXtextServerFlags(@TempDir Path folder) throws Exception {
		session(folder, "lsp", "-log", "-trace", "-noValidate");
		try (var files = Files.list(folder)) {
			List<String> logs = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".log")).toList();
			assertTrue(!logs.isEmpty(), "a log file in " + folder);
		}
	}

	private static void session(String... command) throws Exception {
		session(null, command);
	}

	private static void session(Path folder, String... command) throws Exception {
		List<String> line = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", System.getProperty("plans.jar")));
		line.addAll(List.of(command));
		Process server = new ProcessBuilder(line).directory(folder == null ? null : folder.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try {
			OutputStream in = server.getOutputStream();
			InputStream out = server.getInputStream();
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\""
					+ Cli.examples().toUri() + "\",\"capabilities\":{}}}");
			String initialized = response(out, 1);
			assertTrue(initialized.contains("\"capabilities\"") && initialized.contains("\"documentFormattingProvider\":true"),
					initialized);
			assertTrue(initialized.contains("\"foldingRangeProvider\":true"), "folding for clients that do not ask: " + initialized);
			assertTrue(!initialized.contains("signatureHelpProvider"), "no signature help: " + initialized);
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
			response(out, 2);
			send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
			assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server exits after 'exit'");
			assertEquals(0, server.exitValue());
		} finally {
			server.destroyForcibly();
		}
	}

	private static void send(OutputStream in, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		in.write(body);
		in.flush();
	}

	/** The response to request {@code id}, skipping notifications; fails after a minute. */
	private static String response(InputStream out, int id) throws Exception {
		return CompletableFuture.supplyAsync(() -> {
			try {
				while (true) {
					String message = read(out);
					JsonNode json = JsonMapper.builder().build().readTree(message);
					if (json.path("id").asInt(-1) == id && !json.has("method")) {
						return message;
					}
				}
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}).get(60, TimeUnit.SECONDS);
	}

	private static String read(InputStream out) throws IOException {
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
			int b = out.read();
			if (b < 0) {
				throw new IOException("the server closed its output");
			}
			header.write(b);
		}
		int length = 0;
		for (String line : header.toString(StandardCharsets.US_ASCII).split("\r\n")) {
			if (line.toLowerCase().startsWith("content-length:")) {
				length = Integer.parseInt(line.substring("content-length:".length()).trim());
			}
		}
		return new String(out.readNBytes(length), StandardCharsets.UTF_8);
	}
}
