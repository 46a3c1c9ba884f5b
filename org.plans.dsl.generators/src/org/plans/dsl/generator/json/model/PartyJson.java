package org.plans.dsl.generator.json.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/**
 * A person, role, team or partner; only a person has {@code roles}, an {@code organisation}
 * ({@code of}) and an interim post ({@code interim}, {@code until}); only a team has
 * {@code members}; only a role is {@code vacant}.
 */
@JsonInclude(Include.NON_NULL)
public record PartyJson(String id, String name, String kind, String title, List<String> roles,
		String organisation, Boolean interim, DateJson until, Boolean vacant, List<String> members,
		List<Contact> contacts) {

	public record Contact(String kind, String value) {
	}
}
