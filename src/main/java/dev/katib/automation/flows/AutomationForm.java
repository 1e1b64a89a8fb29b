package dev.katib.automation.flows;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.type.TypeReference;

import dev.katib.platform.Inputs;

/**
 * What the automation form posts: the trigger's fields, up to three conditions, and the steps as JSON (one object per
 * step, as the API takes them).
 */
record AutomationForm(@Nullable String name, @Nullable Boolean enabled, @Nullable String kind, @Nullable String cron,
		@Nullable UUID sourceId, @Nullable String baseId, @Nullable String tableId, @Nullable String on,
		@Nullable String readyField, @Nullable String letterEvent, @Nullable List<String> conditionField,
		@Nullable List<String> conditionOperator, @Nullable List<String> conditionValue, @Nullable String steps) {

	static final int CONDITION_ROWS = 3;
	private static final TypeReference<List<Step>> STEPS = new TypeReference<>() {
	};

	static AutomationForm empty() {
		return new AutomationForm(null, true, "MANUAL", null, null, null, null, "created", null, "signed", null, null,
				null, """
						[
						  {"id": "draft", "type": "DRAFT", "category": "request", "language": "ar",
						   "template": "..."}
						]""");
	}

	static AutomationForm of(AutomationView view) {
		Trigger trigger = view.trigger();
		List<String> fields = new ArrayList<>();
		List<String> operators = new ArrayList<>();
		List<String> values = new ArrayList<>();
		view.conditions().forEach(condition -> {
			fields.add(condition.field());
			operators.add(condition.operator());
			values.add(condition.value());
		});
		return new AutomationForm(view.name(), view.enabled(), trigger.kind().name(), trigger.cron(), trigger.sourceId(),
				trigger.baseId(), trigger.tableId(), trigger.on(), trigger.readyField(), trigger.letterEvent(), fields,
				operators, values, AutomationStore.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(view.steps()));
	}

	/** The condition in row {@code i}, as typed. */
	public String conditionAt(@Nullable List<String> column, int i) {
		return column != null && i < column.size() && column.get(i) != null ? column.get(i) : "";
	}

	AutomationRequest request() {
		TriggerKind triggerKind = null;
		try {
			triggerKind = kind == null ? null : TriggerKind.valueOf(kind);
		}
		catch (IllegalArgumentException unknown) {
			throw Inputs.invalid("trigger.kind", "trigger.kind is MANUAL, SCHEDULE, RECORD, HOOK or LETTER.");
		}
		boolean table = sourceId != null && tableId != null && !tableId.isBlank();
		Trigger trigger = new Trigger(triggerKind, blank(cron), table ? sourceId : null, table ? blank(baseId) : null,
				table ? tableId : null, blank(on), blank(readyField), blank(letterEvent));
		List<FlowCondition> conditions = new ArrayList<>();
		for (int i = 0; i < CONDITION_ROWS; i++) {
			String field = conditionAt(conditionField, i);
			if (!field.isBlank()) {
				conditions.add(new FlowCondition(field, conditionAt(conditionOperator, i), conditionAt(conditionValue, i)));
			}
		}
		List<Step> stepList;
		try {
			stepList = steps == null || steps.isBlank() ? List.of() : AutomationStore.JSON.readValue(steps, STEPS);
		}
		catch (RuntimeException unreadable) {
			throw Inputs.invalid("steps", "The steps are not a JSON list of steps.");
		}
		return new AutomationRequest(name, Boolean.TRUE.equals(enabled), trigger, conditions, stepList);
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
