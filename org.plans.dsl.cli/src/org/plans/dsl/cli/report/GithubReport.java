package org.plans.dsl.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

import org.plans.dsl.escaping.Terminal;

/**
 * GitHub Actions workflow commands, one per finding, which the runner turns into annotations
 * on the pull request: {@code ::error file=F,line=L,col=C,title=CODE::message}. Values are
 * escaped as the Actions toolkit does it.
 */
public class GithubReport implements ReportWriter {

	@Override
	public void write(ValidationReport report, Writer writer) throws IOException {
		PrintWriter out = new PrintWriter(writer);
		for (Finding f : report.findings()) {
			out.print("::" + command(f.level()) + " file=" + property(Terminal.line(f.path())) + ",line=" + f.line() + ",col=" + f.column()
					+ ",endLine=" + f.endLine() + ",title=" + property(f.code()) + "::" + data(Terminal.text(f.message())) + "\n");
		}
		out.flush();
	}

	static String command(Level level) {
		return level == Level.INFO ? "notice" : level.word();
	}

	/** A command's message: {@code %}, CR and LF escaped. */
	static String data(String text) {
		return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
	}

	/** A command's property value: as {@link #data(String)}, and {@code :} and {@code ,} too. */
	static String property(String text) {
		return data(text).replace(":", "%3A").replace(",", "%2C");
	}
}
