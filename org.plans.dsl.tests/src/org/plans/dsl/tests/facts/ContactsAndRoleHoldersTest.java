package org.plans.dsl.tests.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.ContactKind;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Role;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/** The facts trackers need about people: contact handles and who holds a role. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class ContactsAndRoleHoldersTest {

	@Inject
	private PlanLoader loader;

	private PlanFacts plan;

	@BeforeEach
	void load() {
		plan = TestFiles.allConstructs(loader);
	}

	private Party party(String name) {
		return plan.parties().stream().filter(p -> name.equals(p.getName())).findFirst().orElseThrow();
	}

	@Test
	void contactsByKind() {
		assertEquals(Optional.of("apatel"), Plans.contact(party("ana"), ContactKind.GITHUB));
		assertEquals(Optional.of("ana.patel@example.org"), Plans.contact(party("ana"), ContactKind.EMAIL));
		assertEquals(Optional.empty(), Plans.contact(party("ana"), ContactKind.JIRA));
		assertEquals(Optional.of("bode"), Plans.contact(party("ben"), ContactKind.JIRA));
		assertEquals(Optional.empty(), Plans.contact(party("hr"), ContactKind.GITHUB));
	}

	@Test
	void roleHoldersStandBehindTheRole() {
		Role hos = (Role) party("hos");
		assertEquals(List.of(party("ana")), plan.holdersOf(hos));
		assertEquals(List.of(party("ana")), plan.peopleBehind(hos));
		assertEquals(List.of(party("hr")), plan.peopleBehind(party("hr")));
		assertEquals(List.of(party("ben")), plan.peopleBehind(party("ben")));
	}
}
