package org.plans.dsl.serve.http;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import org.plans.dsl.serve.folder.PlanFolder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /api/files}: the folder's name and URI, whether saving is off, and its plan files. */
final class FilesServlet extends JsonServlet {

	private static final long serialVersionUID = 1L;

	record Listing(String root, String rootUri, boolean readOnly, List<String> files) {
	}

	private final transient PlanFolder folder;
	private final boolean readOnly;

	FilesServlet(PlanFolder folder, boolean readOnly, PrintStream log) {
		super(log);
		this.folder = folder;
		this.readOnly = readOnly;
	}

	@Override
	void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String name = folder.root().getFileName() == null ? "/" : folder.root().getFileName().toString();
		Replies.json(response, HttpServletResponse.SC_OK,
				new Listing(name, folder.root().toUri().toString(), readOnly, folder.list()));
	}
}
