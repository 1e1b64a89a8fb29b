package dev.katib.automation.flows;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.FieldMappings;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;
import dev.katib.connectors.TableRef;
import dev.katib.knowledge.CategoryCatalogue;
import dev.katib.platform.Inputs;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Checks an automation before it is saved: its trigger (a cron that parses and fires at most once a minute, a
 * table that exists with the ready field it names), its conditions and its steps (at most
 * {@value #MAX_STEPS}, unique names, jumps only forward, fields the table has). A problem answers
 * {@code validation-failed} naming the field, e.g. {@code steps[2].fields.Status}.
 */
@Component
class DefinitionRules {

	static final int MAX_STEPS = 20;
	static final int MAX_CONDITIONS = 10;
	static final int MAX_UPDATED_FIELDS = 20;
	private static final String STEP_ID = "[a-z0-9][a-z0-9_-]{0,39}";
	private static final Set<String> LETTER_EVENTS = Set.of("submitted", "approved", "returned", "signed");

	private final DataSources sources;
	private final FieldMappings mappings;
	private final CategoryCatalogue categories;
	private final StepRules steps;
	private final Clock clock;

	DefinitionRules(DataSources sources, FieldMappings mappings, CategoryCatalogue categories, StepRules steps,
			Clock clock) {
		this.clock = clock;
		this.sources = sources;
		this.mappings = mappings;
		this.categories = categories;
		this.steps = steps;
	}

	/** The definition to store, with its texts cleaned. */
	Definition checked(Caller caller, @Nullable Trigger trigger, @Nullable List<FlowCondition> conditions,
			@Nullable List<Step> stepList, ZoneId zone) {
		if (trigger == null || trigger.kind() == null) {
			throw Inputs.invalid("trigger.kind", "trigger.kind is MANUAL, SCHEDULE, RECORD, HOOK or LETTER.");
		}
		Trigger checkedTrigger = trigger(trigger, zone);
		@Nullable Set<String> fields = null;
		if (checkedTrigger.hasTable()) {
			SourceTable table = sources.table(caller, ref(checkedTrigger));
			fields = new LinkedHashSet<>(table.fields().stream().map(TableField::name).toList());
			if (checkedTrigger.readyField() != null && !fields.contains(checkedTrigger.readyField())) {
				throw unknownField("trigger.readyField", table, checkedTrigger.readyField());
			}
			Set<String> known = fields;
			mappings.find(caller, ref(checkedTrigger)).ifPresent(mapping -> known.addAll(mapping.mergeFields().keySet()));
		}
		List<FlowCondition> checkedConditions = conditions(conditions == null ? List.of() : conditions, "conditions",
				fields);
		if (stepList == null || stepList.isEmpty() || stepList.size() > MAX_STEPS) {
			throw Inputs.invalid("steps", "An automation has between 1 and " + MAX_STEPS + " steps.");
		}
		List<String> ids = stepIds(stepList);
		Set<String> categoryKeys = new HashSet<>();
		categories.list(caller.tenantId()).forEach(entry -> categoryKeys.add(entry.category().key()));
		List<Step> checkedSteps = new ArrayList<>();
		for (int i = 0; i < stepList.size(); i++) {
			Step step = stepList.get(i);
			String at = "steps[" + i + "]";
			if (step.type() == null) {
				throw Inputs.invalid(at + ".type", "A step's type is one of " + List.of(StepType.values()) + ".");
			}
			checkTarget(at + ".next", step.next(), ids, i);
			if (step.type() == StepType.CONDITION) {
				conditions(step.conditions() == null ? List.of() : step.conditions(), at + ".conditions", fields);
				if (step.conditions() == null || step.conditions().isEmpty()) {
					throw Inputs.invalid(at + ".conditions", "A condition step needs at least one condition.");
				}
				checkTarget(at + ".then", step.then(), ids, i);
				checkTarget(at + ".otherwise", step.otherwise(), ids, i);
			}
			checkedSteps.add(steps.checked(caller, step, at, checkedTrigger, fields, categoryKeys));
		}
		return new Definition(checkedTrigger, checkedConditions, checkedSteps);
	}

	static TableRef ref(Trigger trigger) {
		return new TableRef(trigger.sourceId(), trigger.baseId() == null ? TableRef.BUILT_IN_BASE : trigger.baseId(),
				trigger.tableId());
	}

	private Trigger trigger(Trigger trigger, ZoneId zone) {
		String cron = null;
		if (trigger.kind() == TriggerKind.SCHEDULE) {
			cron = Inputs.required(trigger.cron(), "trigger.cron", 9, 200);
			Cron.check(cron, zone, clock.instant());
		}
		boolean needsTable = trigger.kind() == TriggerKind.RECORD;
		boolean tableGiven = trigger.sourceId() != null || (trigger.tableId() != null && !trigger.tableId().isBlank());
		if (needsTable || tableGiven) {
			if (trigger.sourceId() == null) {
				throw Inputs.invalid("trigger.sourceId", "trigger.sourceId is required with a table.");
			}
			Inputs.required(trigger.tableId(), "trigger.tableId", 1, 64);
			Inputs.optional(trigger.baseId(), "trigger.baseId", 64);
		}
		String on = null;
		String ready = null;
		if (trigger.kind() == TriggerKind.RECORD) {
			on = trigger.on() == null || trigger.on().isBlank() ? "created" : trigger.on();
			if (!on.equals("created") && !on.equals("changed")) {
				throw Inputs.invalid("trigger.on", "trigger.on is \"created\" or \"changed\".");
			}
			ready = Inputs.optional(trigger.readyField(), "trigger.readyField", 200);
		}
		String event = null;
		if (trigger.kind() == TriggerKind.LETTER) {
			event = trigger.letterEvent();
			if (event == null || !LETTER_EVENTS.contains(event)) {
				throw Inputs.invalid("trigger.letterEvent", "trigger.letterEvent is one of " + LETTER_EVENTS + ".");
			}
		}
		return new Trigger(trigger.kind(), cron, tableGiven || needsTable ? trigger.sourceId() : null,
				tableGiven || needsTable ? (trigger.baseId() == null || trigger.baseId().isBlank()
						? TableRef.BUILT_IN_BASE : trigger.baseId()) : null,
				tableGiven || needsTable ? trigger.tableId() : null, on, ready, event);
	}

	/** Conditions on the table's fields when there is a table (or on what the steps give), else on any name. */
	static List<FlowCondition> conditions(List<FlowCondition> conditions, String at, @Nullable Set<String> fields) {
		if (conditions.size() > MAX_CONDITIONS) {
			throw Inputs.invalid(at, "At most " + MAX_CONDITIONS + " conditions.");
		}
		for (int i = 0; i < conditions.size(); i++) {
			FlowCondition condition = conditions.get(i);
			String here = at + "[" + i + "]";
			// a JSON body may leave any part out
			if (condition == null || condition.field() == null || condition.field().isBlank()) {
				throw Inputs.invalid(here + ".field", "A condition names a field.");
			}
			Inputs.required(condition.field(), here + ".field", 1, 200);
			if (condition.operator() == null || !FlowCondition.OPERATORS.contains(condition.operator())) {
				throw Inputs.invalid(here + ".operator", "operator is one of " + FlowCondition.OPERATORS + ".");
			}
			Inputs.optional(condition.value(), here + ".value", FlowCondition.MAX_VALUE);
			if (fields != null && !fields.contains(condition.field())
					&& !MergeText.STEP_FIELDS.contains(condition.field())) {
				throw new KatibException(ProblemType.VALIDATION_FAILED, "The table has no field named \""
						+ condition.field() + "\".", Map.of("field", here + ".field", "unknownFields",
								List.of(condition.field())));
			}
		}
		return List.copyOf(conditions);
	}

	static KatibException unknownField(String at, SourceTable table, String name) {
		return new KatibException(ProblemType.VALIDATION_FAILED, "Table " + table.name() + " has no field named \""
				+ name + "\".", Map.of("field", at, "unknownFields", List.of(name)));
	}

	private static List<String> stepIds(List<Step> stepList) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < stepList.size(); i++) {
			Step step = stepList.get(i);
			String id = step == null ? null : step.id();
			if (step == null || id == null || !id.matches(STEP_ID) || Step.END.equals(id)) {
				throw Inputs.invalid("steps[" + i + "].id", "A step's id is 1 to 40 lower-case letters, digits, - or _,"
						+ " and not \"end\".");
			}
			if (ids.contains(id)) {
				throw Inputs.invalid("steps[" + i + "].id", "Two steps are named \"" + id + "\".");
			}
			ids.add(id);
		}
		return ids;
	}

	/** A jump goes to a later step, or to {@code end}: an execution never loops. */
	private static void checkTarget(String at, @Nullable String target, List<String> ids, int from) {
		if (target == null || Step.END.equals(target)) {
			return;
		}
		int index = ids.indexOf(target);
		if (index <= from) {
			throw Inputs.invalid(at, "A step goes on at a later step or at \"end\"; \"" + target + "\" is not one.");
		}
	}
}
