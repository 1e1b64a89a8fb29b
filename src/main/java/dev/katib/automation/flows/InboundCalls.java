package dev.katib.automation.flows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;

import dev.katib.connectors.MappedRecord;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import dev.katib.platform.StorableJson;

/**
 * A verified inbound call as an execution: its JSON object's top-level values are the fields the steps read (a
 * {@code recordId} names a record of the automation's table), and the call's {@code webhook-id} is its firing.
 */
@Component
class InboundCalls {

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};

	private final Executions executions;

	InboundCalls(Executions executions) {
		this.executions = executions;
	}

	Map<String, Object> start(Automation automation, String messageId, byte[] body) {
		StorableJson.require(body);
		Map<String, Object> data;
		try {
			data = body.length == 0 ? Map.of() : AutomationStore.JSON.readValue(body, OBJECT);
		}
		catch (RuntimeException notAnObject) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, "The call's body is a JSON object.");
		}
		if (!automation.enabled()) {
			throw new KatibException(ProblemType.CONFLICT, "The automation is switched off.");
		}
		Map<String, String> fields = new HashMap<>();
		data.forEach((name, value) -> {
			String text = value instanceof Map || value instanceof java.util.List ? null : MappedRecord.text(value);
			if (text != null && name.length() <= 200) {
				fields.put(name.equals("recordId") ? FlowFields.RECORD_ID : name, text);
			}
		});
		Map<String, Object> answer = new LinkedHashMap<>();
		executions.start(automation, TriggerKind.HOOK, "hook:" + messageId, data, fields).ifPresentOrElse(
				execution -> {
					answer.put("executionId", execution.id().toString());
					answer.put("status", execution.status().name());
				}, () -> answer.put("status", "ALREADY_RECEIVED"));
		return answer;
	}
}
