package org.plans.dsl.generator.json.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** A person, role, team or partner; only a person has {@code roles}. */
@JsonInclude(Include.NON_NULL)
public record PartyJson(String id, String name, String kind, String title, List<String> roles,
		List<Contact> contacts) {

	public record Contact(String kind, String value) {
	}
}
