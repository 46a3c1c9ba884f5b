package org.plans.dsl.serve.http;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;

import org.plans.dsl.serve.folder.FileListener;
import org.plans.dsl.serve.folder.PathRefused;
import org.plans.dsl.serve.folder.PlanFolder;
import org.plans.dsl.serve.folder.SaveConflict;
import org.plans.dsl.serve.folder.Versions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/file?path=REL}: a file's text and version. {@code PUT} with
 * {@code {"text","baseVersion"}} saves it unless it changed on disk since that version (409 with
 * the text on disk) or the server is read-only (403).
 */
final class FileServlet extends JsonServlet {

	private static final long serialVersionUID = 1L;

	record Opened(String path, String text, String version) {
	}

	record Saved(String version) {
	}

	record Conflict(String error, String diskText, String diskVersion) {
	}

	private final transient PlanFolder folder;
	private final boolean readOnly;
	private final transient FileListener saved;

	FileServlet(PlanFolder folder, boolean readOnly, FileListener saved, PrintStream log) {
		super(log);
		this.folder = folder;
		this.readOnly = readOnly;
		this.saved = saved;
	}

	@Override
	void get(HttpServletRequest request, HttpServletResponse response) throws Refusal, IOException {
		String path = request.getParameter("path");
		try {
			byte[] bytes = folder.read(path);
			Replies.json(response, HttpServletResponse.SC_OK,
					new Opened(path, new String(bytes, StandardCharsets.UTF_8), Versions.of(bytes)));
		} catch (PathRefused refused) {
			throw new Refusal(HttpServletResponse.SC_FORBIDDEN, refused.getMessage());
		} catch (NoSuchFileException missing) {
			throw new Refusal(HttpServletResponse.SC_NOT_FOUND, "There is no file '" + path + "'.");
		}
	}

	@Override
	void put(HttpServletRequest request, HttpServletResponse response) throws Refusal, IOException {
		if (readOnly) {
			throw new Refusal(HttpServletResponse.SC_FORBIDDEN, "This server is read-only: saving is switched off.");
		}
		String path = request.getParameter("path");
		JsonNode body = body(request);
		JsonNode text = body.get("text");
		if (text == null || !text.isString()) {
			throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "The request needs the file's \"text\".");
		}
		JsonNode base = body.get("baseVersion");
		try {
			String baseVersion = base == null || base.isNull() ? "" : base.asString();
			String version = folder.save(path, text.asString(), baseVersion);
			Replies.json(response, HttpServletResponse.SC_OK, new Saved(version));
			saved.changed(folder.resolve(path), baseVersion.isEmpty() ? FileListener.Change.CREATED : FileListener.Change.CHANGED);
		} catch (PathRefused refused) {
			throw new Refusal(HttpServletResponse.SC_FORBIDDEN, refused.getMessage());
		} catch (NoSuchFileException missing) {
			throw new Refusal(HttpServletResponse.SC_NOT_FOUND, "There is no folder for '" + path + "'.");
		} catch (SaveConflict conflict) {
			Replies.json(response, HttpServletResponse.SC_CONFLICT, new Conflict(
					"The file changed on disk since it was opened; not saved.", conflict.diskText(), conflict.diskVersion()));
		}
	}
}
