package org.plans.dsl.naming;

import org.eclipse.xtext.naming.IQualifiedNameConverter;

/**
 * Qualified names are written {@code plan-id::name}: a dot would clash with action
 * references such as {@code 3.10}.
 */
public class PlansQualifiedNameConverter extends IQualifiedNameConverter.DefaultImpl {

	public static final String DELIMITER = "::";

	@Override
	public String getDelimiter() {
		return DELIMITER;
	}
}
