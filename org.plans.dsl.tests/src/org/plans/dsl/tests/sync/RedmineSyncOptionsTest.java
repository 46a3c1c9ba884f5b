package org.plans.dsl.tests.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.sync.RedmineSync;
import org.plans.dsl.sync.RedmineSyncOptions;
import org.plans.dsl.sync.SyncException;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tracker.model.TrackerMapping.Milestones;

import com.google.inject.Inject;

/** What the sync says before it reaches a Redmine: missing key, bad URL, nothing listening. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class RedmineSyncOptionsTest {

	private static final Map<String, String> KEY = Map.of("REDMINE_API_KEY", "k");

	@Inject
	private PlanLoader loader;

	@Test
	void apiKeyComesFromTheEnvironment() {
		assertEquals("k", RedmineSyncOptions.fromEnvironment("http://127.0.0.1:1/", "p", true, null, KEY).apiKey());
		SyncException e = assertThrows(SyncException.class,
				() -> RedmineSyncOptions.fromEnvironment("http://127.0.0.1:1", "p", false, null, Map.of()));
		assertEquals("No Redmine API key: set REDMINE_API_KEY to the key shown under My account > API access key",
				e.getMessage());
	}

	@Test
	void urlMustBeHttp() {
		assertEquals("The Redmine URL must be an http or https address, e.g. https://redmine.example.org",
				assertThrows(SyncException.class,
						() -> RedmineSyncOptions.fromEnvironment("ftp://x", "p", false, null, KEY)).getMessage());
		assertEquals("http://127.0.0.1:1",
				RedmineSyncOptions.fromEnvironment("http://127.0.0.1:1/", "p", false, null, KEY).url().toString());
		assertEquals(Milestones.DEADLINE,
				RedmineSyncOptions.fromEnvironment("http://127.0.0.1:1/", "p", false, null, KEY).milestones());
	}

	@Test
	void unreachableServerIsOneClearError() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("x.plan", "plan x"));
		PlanFacts plan = PlanFacts.of(loaded.resourceSet()).get(0);
		String url = "http://127.0.0.1:" + port;
		SyncException e = assertThrows(SyncException.class, () -> new RedmineSync().sync(plan,
				RedmineSyncOptions.fromEnvironment(url, "p", false, null, KEY)));
		assertEquals("Cannot reach Redmine at " + url + " (connection refused or no route)", e.getMessage());
	}
}
