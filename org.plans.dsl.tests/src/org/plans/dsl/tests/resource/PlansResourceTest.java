package org.plans.dsl.tests.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Person;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.plans.PlansFactory;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/**
 * A plan file's linking errors (one per name that does not resolve, gone once it resolves), and
 * references from other files after it is unloaded and loaded again, as the language server does
 * on each edit.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class PlansResourceTest {

	private static final String PLAN = """
			plan demo
			person sjs "Sarah-Jane Smedmor"
			priority 1 "Workforce" {
			    action 1.1 "Recruit" { lead sjs due 2025-03 }
			    action 1.2 "Advertise" { lead nobody due 2025-03 }
			    action 1.3 "Interview" { lead sjs due 2025-04 }
			    action 1.4 "Appoint" { lead sjs due 2025-05 depends on 1.3 }
			}
			""";

	@Inject
	private PlanLoader loader;

	private static List<String> linkingErrors(Resource resource) {
		return resource.getErrors().stream().filter(XtextLinkingDiagnostic.class::isInstance)
				.map(d -> d.getLine() + " " + d.getMessage()).toList();
	}

	@Test
	void namesThatResolveAfterAWrongOneHaveNoError() {
		Resource resource = loader.loadTexts(Map.of("demo.plan", PLAN)).resourceSet().getResources().get(0);
		assertEquals(List.of("5 No person, role, team or partner called 'nobody' is declared."), linkingErrors(resource));
	}

	@Test
	void aNameDeclaredAfterwardsLosesItsError() {
		Resource resource = loader.loadTexts(Map.of("demo.plan", PLAN)).resourceSet().getResources().get(0);
		Person nobody = PlansFactory.eINSTANCE.createPerson();
		nobody.setName("nobody");
		nobody.setTitle("No One");
		((PlanFile) resource.getContents().get(0)).getElements().add(nobody);

		EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);

		assertEquals(List.of(), linkingErrors(resource));
	}

	@Test
	void referencesFromOtherFilesFindTheDeclarationsOfTheNewText() throws Exception {
		String other = """
				plan demo
				priority 2 "Quality" {
				    sponsor sjs
				    action 2.1 "Audit" { lead sjs due 2025-06 depends on 1.3 }
				}
				""";
		ResourceSet resourceSet = loader.loadTexts(Map.of("demo.plan", PLAN, "more.plan", other)).resourceSet();
		Resource demo = resourceSet.getResource(URI.createURI("inmemory:/demo.plan"), false);
		Resource more = resourceSet.getResource(URI.createURI("inmemory:/more.plan"), false);
		assertEquals(List.of("Sarah-Jane Smedmor", "Sarah-Jane Smedmor", "1.3"), targets(more));

		resourceSet.getResources().remove(demo);
		demo.unload();
		Resource edited = resourceSet.createResource(demo.getURI());
		edited.load(new ByteArrayInputStream(("// edited\n" + PLAN.replace("Smedmor", "Smedmore"))
				.getBytes(StandardCharsets.UTF_8)), null);

		assertEquals(List.of("Sarah-Jane Smedmore", "Sarah-Jane Smedmore", "1.3"), targets(more));
		for (EObject target : targetObjects(more)) {
			assertEquals(edited, target.eResource());
		}
	}

	/** The objects the file's references point to, resolved. */
	private static List<EObject> targetObjects(Resource resource) {
		List<EObject> result = new ArrayList<>();
		resource.getAllContents().forEachRemaining(o -> result.addAll(o.eCrossReferences()));
		return result;
	}

	/** A person's title or an action's number, for each reference of the file. */
	private static List<String> targets(Resource resource) {
		return targetObjects(resource).stream().map(t -> t instanceof Party party ? party.getTitle()
				: String.valueOf(t.eGet(t.eClass().getEStructuralFeature("name")))).toList();
	}
}
