package org.plans.dsl.validation;

import static org.plans.dsl.plans.PlansPackage.Literals.CONTACT__VALUE;

import org.eclipse.xtext.validation.Check;
import org.plans.dsl.escaping.Printable;
import org.plans.dsl.facts.Handles;
import org.plans.dsl.plans.Contact;
import org.plans.dsl.rules.Rule;

/** Contacts: a tracker handle is one token the platform allows, so it cannot smuggle text into an issue. */
public class ContactRules extends PlanRules {

	@Check
	public void handleIsValid(Contact contact) {
		if (contact.getValue() == null || Handles.isValid(contact.getKind(), contact.getValue())) {
			return;
		}
		String shown = Printable.of(contact.getValue()).replace("\n", "\\n").replace("\t", "\\t");
		report(Rule.INVALID_HANDLE, "The " + contact.getKind().getLiteral() + " handle \"" + shown
				+ "\" is not one " + platform(contact) + " allows: write "
				+ Handles.allowed(contact.getKind()).orElse("") + ". Tracker files leave it out.", contact, CONTACT__VALUE);
	}

	private static String platform(Contact contact) {
		return switch (contact.getKind()) {
		case GITHUB -> "GitHub";
		case GITLAB -> "GitLab";
		case JIRA -> "Jira";
		case REDMINE -> "Redmine";
		case AZURE -> "Azure Boards";
		default -> contact.getKind().getLiteral();
		};
	}
}
