package org.plans.dsl.serve.http;

import java.io.PrintStream;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.plans.dsl.serve.folder.FileListener;
import org.plans.dsl.serve.folder.PlanFolder;
import org.plans.dsl.serve.generate.TargetsZip;

/** Where each of the server's pages and API calls is answered (API.md lists them). */
public final class Routes {

	private Routes() {
	}

	public static void add(ServletContextHandler context, PlanFolder folder, boolean readOnly, FileListener saved, TargetsZip zip,
			PrintStream log) {
		context.addServlet(new ServletHolder(new FilesServlet(folder, readOnly, log)), "/api/files");
		context.addServlet(new ServletHolder(new FileServlet(folder, readOnly, saved, log)), "/api/file");
		context.addServlet(new ServletHolder(new GenerateServlet(zip, log)), "/api/generate");
		context.addServlet(new ServletHolder(new TargetsServlet(log)), "/api/targets");
		RulesServlet rules = new RulesServlet(log);
		context.addServlet(new ServletHolder(rules), "/rules");
		context.addServlet(new ServletHolder(rules), "/rules/*");
		context.addServlet(new ServletHolder(rules), "/docs/rules.md");
		context.addServlet(new ServletHolder(new PageServlet(log)), "/");
	}
}
