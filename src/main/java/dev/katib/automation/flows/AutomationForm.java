package dev.katib.automation.flows;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.type.TypeReference;

import dev.katib.connectors.TableRef;
import dev.katib.platform.Inputs;
import dev.katib.platform.StorableJson;

/**
 * What the automation form posts: the trigger's fields, its conditions (three rows, or one more than it has, up to
 * {@value DefinitionRules#MAX_CONDITIONS}), and the steps as JSON (one object per
 * step, as the API takes them). The table comes from the select as {@code sourceId|baseId|tableId}; a post without it
 * may still name the source, base and table one by one.
 */
record AutomationForm(@Nullable String name, @Nullable Boolean enabled, @Nullable String kind, @Nullable String cron,
		@Nullable UUID sourceId, @Nullable String baseId, @Nullable String tableId, @Nullable String on,
		@Nullable String readyField, @Nullable String letterEvent, @Nullable List<String> conditionField,
		@Nullable List<String> conditionOperator, @Nullable List<String> conditionValue, @Nullable String steps,
		@Nullable String table) {

	static final int CONDITION_ROWS = 3;
	private static final TypeReference<List<Step>> STEPS = new TypeReference<>() {
	};

	static AutomationForm empty() {
		return new AutomationForm(null, true, "MANUAL", null, null, null, null, "created", null, "signed", null, null,
				null, """
						[
						  {"id": "draft", "type": "DRAFT", "category": "request", "language": "ar",
						   "template": ""}
						]""", null);
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
				operators, values, AutomationStore.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(view.steps()),
				trigger.sourceId() == null || trigger.tableId() == null ? null
						: trigger.sourceId() + "|" + (trigger.baseId() == null ? TableRef.BUILT_IN_BASE : trigger.baseId())
								+ "|" + trigger.tableId());
	}

	/** Rows for the conditions: every one the automation has and a free one, at least {@value #CONDITION_ROWS}. */
	int conditionRows() {
		int filled = conditionField == null ? 0 : (int) conditionField.stream()
			.filter(field -> field != null && !field.isBlank())
			.count();
		return Math.min(DefinitionRules.MAX_CONDITIONS, Math.max(CONDITION_ROWS, filled + 1));
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
		Trigger trigger = table == null || table.isBlank() ? typedTable(triggerKind) : chosenTable(triggerKind);
		List<FlowCondition> conditions = new ArrayList<>();
		// every row posted: more than the rules allow is refused by them, not dropped here
		for (int i = 0; conditionField != null && i < conditionField.size(); i++) {
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
		if (steps != null && !steps.isBlank()) {
			StorableJson.Flaw flaw = StorableJson.flaw(steps);
			if (flaw != null) {
				throw Inputs.invalid("steps", "The text at steps" + flaw.at() + " " + flaw.why() + ".");
			}
		}
		return new AutomationRequest(name, Boolean.TRUE.equals(enabled), trigger, conditions, stepList);
	}

	/** The table chosen in the select, {@code sourceId|baseId|tableId}. */
	private Trigger chosenTable(@Nullable TriggerKind triggerKind) {
		String[] parts = table.split("\\|", -1);
		UUID source;
		try {
			source = parts.length == 3 ? UUID.fromString(parts[0]) : null;
		}
		catch (IllegalArgumentException malformed) {
			source = null;
		}
		if (source == null || parts[1].isBlank() || parts[2].isBlank()) {
			throw Inputs.invalid("table", "The table is a source, a base and a table, as the select offers them.");
		}
		return new Trigger(triggerKind, blank(cron), source, parts[1], parts[2], blank(on), blank(readyField),
				blank(letterEvent));
	}

	/** The source, base and table posted one by one (a post made without the select). */
	private Trigger typedTable(@Nullable TriggerKind triggerKind) {
		boolean given = sourceId != null && tableId != null && !tableId.isBlank();
		return new Trigger(triggerKind, blank(cron), given ? sourceId : null, given ? blank(baseId) : null,
				given ? tableId : null, blank(on), blank(readyField), blank(letterEvent));
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
