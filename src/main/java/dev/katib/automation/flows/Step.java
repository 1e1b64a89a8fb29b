package dev.katib.automation.flows;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One step of an automation. Each type reads the settings it needs and ignores the others.
 *
 * @param id the step's name, unique in the automation, which conditions jump to
 * @param type what it does
 * @param category draft: the letter's category key
 * @param language draft: {@code ar} or {@code en}
 * @param template draft: the request, with {@code {{Field name}}} merge fields
 * @param until wait: {@code approved} or {@code signed}
 * @param channel deliver: {@code email} or {@code whatsapp}
 * @param recipient deliver: the address, with merge fields, e.g. {@code {{Email}}}
 * @param fields update_record: the values to write by field name, with merge fields such as {@code {{letter.number}}}
 * @param url webhook: where to post
 * @param conditions condition: what must hold
 * @param then condition: the step to go on at when the conditions hold, or {@code end}
 * @param otherwise condition: the step to go on at when they do not, or {@code end}
 * @param next any step: the step to go on at afterwards instead of the following one, or {@code end}
 */
record Step(@Nullable String id, @Nullable StepType type, @Nullable String category, @Nullable String language,
		@Nullable String template, @Nullable String until, @Nullable String channel, @Nullable String recipient,
		@Nullable Map<String, String> fields, @Nullable String url, @Nullable List<FlowCondition> conditions,
		@Nullable String then, @Nullable String otherwise, @Nullable String next) {

	/** Where a jump goes to stop the execution. */
	static final String END = "end";

	static Step of(String id, StepType type) {
		return new Step(id, type, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	Step withNext(@Nullable String next) {
		return new Step(id, type, category, language, template, until, channel, recipient, fields, url, conditions,
				then, otherwise, next);
	}
}
