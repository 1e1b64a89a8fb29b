package dev.katib.automation.flows;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;

/** Runs one step of its type, and says what the step was given. */
@Component
class FlowSteps {

	private final LetterSteps letters;
	private final OutboundSteps outbound;

	FlowSteps(LetterSteps letters, OutboundSteps outbound) {
		this.letters = letters;
		this.outbound = outbound;
	}

	StepOutcome run(Caller caller, Execution execution, Step step, int attempt, Map<String, String> context)
			throws InterruptedException {
		return switch (step.type()) {
			case DRAFT -> letters.draft(caller, execution, step, attempt, context);
			case SUBMIT -> letters.submit(caller, context);
			case WAIT -> letters.await(caller, step, context);
			case ARCHIVE -> letters.archived(caller, context);
			case DELIVER -> outbound.deliver(caller, execution, step, context);
			case UPDATE_RECORD -> outbound.updateRecord(caller, execution, step, context);
			case WEBHOOK -> outbound.webhook(execution, step, attempt, context);
			case CONDITION -> condition(step, context);
		};
	}

	/** Goes on at {@code then} (else the next step) when every condition holds, at {@code otherwise} (else the end) when not. */
	static StepOutcome condition(Step step, Map<String, String> context) {
		boolean held = FlowCondition.allHold(step.conditions(), context);
		String jump = held ? step.then() : (step.otherwise() == null ? Step.END : step.otherwise());
		Map<String, Object> output = new LinkedHashMap<>();
		output.put("held", held);
		output.put("next", jump == null ? "next" : jump);
		return new StepOutcome.Done(output, Map.of(), jump);
	}

	/** What the step is given: its settings with the execution's fields merged in. */
	static Map<String, Object> input(Step step, Map<String, String> context) {
		Map<String, Object> input = new LinkedHashMap<>();
		switch (step.type()) {
			case DRAFT -> {
				input.put("category", step.category());
				input.put("language", step.language());
				input.put("request", MergeText.fill(step.template(), context));
			}
			case WAIT -> input.put("until", step.until());
			case DELIVER -> {
				input.put("channel", step.channel());
				input.put("recipient", MergeText.fill(step.recipient(), context));
			}
			case UPDATE_RECORD -> {
				Map<String, String> values = new LinkedHashMap<>();
				step.fields().forEach((name, value) -> values.put(name, MergeText.fill(value, context)));
				input.put("fields", values);
			}
			case WEBHOOK -> input.put("url", step.url());
			case CONDITION -> input.put("conditions", step.conditions());
			case SUBMIT, ARCHIVE -> {
			}
		}
		if (context.containsKey(FlowFields.LETTER_ID) && step.type() != StepType.DRAFT) {
			input.put("letterId", context.get(FlowFields.LETTER_ID));
		}
		if (context.containsKey(FlowFields.RECORD_ID)) {
			input.put("recordId", context.get(FlowFields.RECORD_ID));
		}
		return input;
	}
}
