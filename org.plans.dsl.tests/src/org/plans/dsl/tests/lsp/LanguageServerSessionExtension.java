package org.plans.dsl.tests.lsp;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes the one {@link LanguageServerSession} of the test run: started by the first
 * class that asks, kept in the root store, and closed (the process ended) when the run ends. JUnit
 * closes {@link AutoCloseable} store values, the successor of {@code CloseableResource}. After each
 * test the open files are put back as they were.
 */
final class LanguageServerSessionExtension implements ParameterResolver, AfterEachCallback {

	private static final Namespace NAMESPACE = Namespace.create(LanguageServerSessionExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == LanguageServerSession.class;
	}

	@Override
	public LanguageServerSession resolveParameter(ParameterContext parameter, ExtensionContext context) {
		LanguageServerSession session = session(context);
		if (session.isShutDown()) {
			throw new IllegalStateException(context.getDisplayName() + " runs after ServerShutdownTest, which must be "
					+ "the last class (its @Order and the class order in junit-platform.properties)");
		}
		return session;
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		session(context).restore();
	}

	private static LanguageServerSession session(ExtensionContext context) {
		return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(LanguageServerSession.class, key -> {
			try {
				return LanguageServerSession.start();
			} catch (Exception e) {
				throw new IllegalStateException("the language server did not start", e);
			}
		}, LanguageServerSession.class);
	}
}
