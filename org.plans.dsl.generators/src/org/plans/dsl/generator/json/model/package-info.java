/**
 * The plan JSON document of {@code docs/schema/plan.schema.json} as records, one per schema
 * definition, serialised by {@link org.plans.dsl.generator.json.Json#MAPPER}. Optional properties
 * are null when absent and then left out; lists are always written, empty or not, unless the
 * schema makes them optional.
 */
package org.plans.dsl.generator.json.model;
