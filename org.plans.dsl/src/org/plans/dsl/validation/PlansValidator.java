package org.plans.dsl.validation;

/**
 * The plans rules. One small {@code @Check} per rule; codes and messages live in
 * {@link IssueCodes}.
 */
public class PlansValidator extends AbstractPlansValidator {
}
