/**
 * The JSON files of the tracker targets as records, one holder per tracker, serialised by
 * {@link org.plans.dsl.generator.json.Json#MAPPER}. Property names are the trackers' own
 * ({@code snake_case}, dotted for Jira); a null is written as {@code null} unless the record
 * says the property is left out.
 */
package org.plans.dsl.tracker.json;
