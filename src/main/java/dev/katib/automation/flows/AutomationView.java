package dev.katib.automation.flows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An automation as the API and the pages show it.
 *
 * @param ownerId the member it runs as
 * @param hookUrl for an inbound-call trigger: where to POST, signed with the automation's secret
 * @param hasSecret whether it has a secret (for inbound calls and webhook steps)
 * @param secret the secret, only in the answer that made it; {@code null} ever after
 * @param nextFireTimes for a schedule: the next five times it fires
 */
record AutomationView(UUID id, String name, boolean enabled, Trigger trigger, List<FlowCondition> conditions,
		List<Step> steps, UUID ownerId, @Nullable String hookUrl, boolean hasSecret, @Nullable String secret,
		List<Instant> nextFireTimes, Instant createdAt, Instant updatedAt) {

	static AutomationView of(Automation automation, @Nullable String secret, List<Instant> nextFireTimes) {
		Definition definition = automation.definition();
		String hook = automation.triggerKind() == TriggerKind.HOOK ? InboundHooksApi.path(automation.id()) : null;
		return new AutomationView(automation.id(), automation.name(), automation.enabled(), definition.trigger(),
				definition.conditions(), definition.steps(), automation.ownerId(), hook,
				automation.hookSecret() || secret != null, secret, nextFireTimes, automation.createdAt(),
				automation.updatedAt());
	}
}
