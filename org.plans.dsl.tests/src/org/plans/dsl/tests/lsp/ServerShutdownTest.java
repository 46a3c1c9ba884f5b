package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After the whole editing session of the other classes, the server ends on {@code shutdown} and
 * {@code exit}. Runs last: junit-platform.properties orders classes by {@link Order}.
 */
@ExtendWith(LanguageServerSessionExtension.class)
@Order(Integer.MAX_VALUE)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ServerShutdownTest {

	private final LanguageServerSession session;

	ServerShutdownTest(LanguageServerSession session) {
		this.session = session;
	}

	@Test
	void theServerEndsAfterShutdownAndExit() throws Exception {
		assertTrue(session.shutDown(), "the server ends after shutdown and exit");
	}
}
