package dev.katib.automation.flows;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What an automation does: its trigger, the conditions the trigger's data must meet, and its steps in order.
 * An execution keeps the definition it started with, so editing an automation never changes a running one.
 */
record Definition(Trigger trigger, List<FlowCondition> conditions, List<Step> steps) {

	Definition {
		conditions = List.copyOf(conditions);
		steps = List.copyOf(steps);
	}

	Optional<Step> step(@Nullable String id) {
		return steps.stream().filter(step -> step.id() != null && step.id().equals(id)).findFirst();
	}

	/** The step after this one when it does not jump: its {@code next}, else the one below it, else none. */
	@Nullable
	String after(Step step) {
		if (step.next() != null) {
			return Step.END.equals(step.next()) ? null : step.next();
		}
		int index = steps.indexOf(step);
		return index + 1 < steps.size() ? steps.get(index + 1).id() : null;
	}

	@Nullable
	String first() {
		return steps.isEmpty() ? null : steps.getFirst().id();
	}
}
