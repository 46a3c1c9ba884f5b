package org.plans.dsl.facts;

/**
 * A whole-plan value ({@link PlanFacts#derived(Object, java.util.function.Function, java.util.function.BiFunction)})
 * that can be worked out after an edit from the one before it: the facts built after the edit
 * hold the one before until it is asked for. Others are dropped (they may hold the facts they
 * were worked out from).
 */
public interface UpdatableValue {
}
