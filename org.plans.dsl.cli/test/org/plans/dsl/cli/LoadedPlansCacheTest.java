package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.junit.jupiter.api.Test;
import org.plans.dsl.loading.PlanLoader;

/** The command line's cache listens to each file, not to each object in it, and forgets a file's values when it is unloaded. */
class LoadedPlansCacheTest {

	private static final Path EXAMPLE = Path.of("..", "examples", "constructs", "all-constructs.plan");

	@Test
	void theCommandLineUsesIt() {
		assertTrue(Language.get(IResourceScopeCache.class) instanceof LoadedPlansCache);
	}

	@Test
	void listensToTheFileOnly() {
		PlanLoader.Loaded loaded = Language.get(PlanLoader.class).load(List.of(EXAMPLE));
		assertEquals(List.of(), loaded.issues().stream().filter(i -> i.getSeverity().name().equals("ERROR")).toList());
		Resource resource = loaded.resourceSet().getResources().get(0);
		assertTrue(resource.eAdapters().stream().anyMatch(a -> a instanceof OnChangeEvictingCache.CacheAdapter));
		for (var it = resource.getAllContents(); it.hasNext();) {
			EObject obj = it.next();
			assertTrue(obj.eAdapters().stream().noneMatch(a -> a instanceof OnChangeEvictingCache.CacheAdapter),
					obj + " " + obj.eAdapters().stream().map(a -> a.getClass().getName()).toList());
		}
	}

	@Test
	void forgetsWhenTheFileIsUnloaded() throws Exception {
		IResourceScopeCache cache = Language.get(IResourceScopeCache.class);
		Resource resource = Language.get(PlanLoader.class).load(List.of(EXAMPLE)).resourceSet().getResources().get(0);
		Object first = cache.get("key", resource, Object::new);
		assertSame(first, cache.get("key", resource, Object::new));
		resource.unload();
		resource.load(null);
		assertNotSame(first, cache.get("key", resource, Object::new));
	}
}
