package org.plans.dsl.tests.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/** Every object's URI fragment is the path EMF itself writes, and leads back to the object. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class FragmentsTest {

	@Inject
	private PlanLoader loader;

	@ParameterizedTest
	@MethodSource("org.plans.dsl.tests.support.TestFiles#examplePlans")
	void sameAsEmf(Path example) {
		Resource resource = loader.load(List.of(example), false).resourceSet().getResources().get(0);
		EObject root = resource.getContents().get(0);
		assertEquals("/", resource.getURIFragment(root));
		int checked = 0;
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext(); checked++) {
			EObject obj = it.next();
			String fragment = resource.getURIFragment(obj);
			assertEquals("//" + EcoreUtil.getRelativeURIFragmentPath(root, obj), fragment);
			assertSame(obj, resource.getEObject(fragment), fragment);
		}
		assertEquals(true, checked > 0);
	}
}
