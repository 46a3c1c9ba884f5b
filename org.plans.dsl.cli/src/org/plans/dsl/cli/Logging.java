package org.plans.dsl.cli;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.PatternLayout;

/**
 * Where Xtext's log goes. The log4j configuration that ships in Xtext's jars writes INFO lines to
 * standard output, where {@code plans validate --format sarif} writes its report; a misspelt lead
 * was enough to make that report invalid JSON. The command line keeps warnings and errors only,
 * on standard error. The document libraries (POI, PDFBox) log through the Log4j 2 API, which
 * without a provider printed "Log4j API could not find a logging provider" on every Word or PDF
 * run: they get the API's simple logger, errors only, on standard error.
 */
public final class Logging {

	private static final String LOG4J2_FACTORY = "log4j2.loggerContextFactory";

	private Logging() {
	}

	public static void toStandardError() {
		if (System.getProperty(LOG4J2_FACTORY) == null) {
			System.setProperty(LOG4J2_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		}
		LogManager.resetConfiguration();
		LogManager.getRootLogger().setLevel(Level.WARN);
		LogManager.getRootLogger()
				.addAppender(new ConsoleAppender(new PatternLayout("plans: %p %c{1}: %m%n"), ConsoleAppender.SYSTEM_ERR));
	}
}
