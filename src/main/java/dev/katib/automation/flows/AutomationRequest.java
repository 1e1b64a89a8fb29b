package dev.katib.automation.flows;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An automation as a member writes it, to create or replace one.
 *
 * @param name what to call it
 * @param enabled whether its trigger fires (a manual run works either way)
 * @param trigger what starts it
 * @param conditions what the trigger's data must meet, all of it, for an execution to run
 * @param steps what it does, in order (at most {@value DefinitionRules#MAX_STEPS})
 */
record AutomationRequest(@Nullable String name, @Nullable Boolean enabled, @Nullable Trigger trigger,
		@Nullable List<FlowCondition> conditions, @Nullable List<Step> steps) {
}
