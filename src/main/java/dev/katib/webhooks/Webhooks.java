package dev.katib.webhooks;

import dev.katib.platform.outbound.OutboundAddressPolicy;
import dev.katib.platform.outbound.StandardWebhooks;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * An organisation's webhook endpoints: registering, listing, removing, pausing and resuming them, their messages,
 * attempt log, test messages and the replay of a message. Only its owners and administrators may; every call is limited to their organisation.
 */
@Service
class Webhooks {

	private static final SecureRandom RANDOM = new SecureRandom();
	/** The event of a test message, which only the endpoint it is sent to takes. */
	static final String TEST_EVENT = "webhook.test";

	private final WebhookEndpoints endpoints;
	private final WebhookMessages messages;
	private final OutboundAddressPolicy addresses;
	private final Clock clock;
	private final JsonMapper json;

	Webhooks(WebhookEndpoints endpoints, WebhookMessages messages, OutboundAddressPolicy addresses, Clock clock,
			JsonMapper json) {
		this.endpoints = endpoints;
		this.messages = messages;
		this.addresses = addresses;
		this.clock = clock;
		this.json = json;
	}

	/** A new endpoint with its secret, shown this once. */
	record Created(WebhookEndpoint endpoint, String secret) {
	}

	@Transactional
	Created create(Caller caller, String url, List<String> eventTypes) {
		Permission.MANAGE_ORGANISATION.require(caller);
		String problem = addresses.problem(url.strip());
		if (problem != null) {
			throw KatibException.invalidField("url", problem);
		}
		for (String type : eventTypes) {
			if (!WebhookEvents.TYPES.contains(type)) {
				throw KatibException.invalidField("eventTypes", "Unknown event type; one of " + WebhookEvents.TYPES + ".");
			}
		}
		UUID id = Ids.newId(clock);
		String secret = StandardWebhooks.newSecret(RANDOM);
		endpoints.create(id, caller.tenantId(), url.strip(), List.copyOf(new LinkedHashSet<>(eventTypes)), secret,
				caller.userId(), clock.instant());
		return new Created(show(caller, id), secret);
	}

	@Transactional(readOnly = true)
	List<WebhookEndpoint> list(Caller caller) {
		Permission.MANAGE_ORGANISATION.require(caller);
		return endpoints.list(caller.tenantId());
	}

	@Transactional(readOnly = true)
	WebhookEndpoint show(Caller caller, UUID id) {
		Permission.MANAGE_ORGANISATION.require(caller);
		return endpoints.find(caller.tenantId(), id).orElseThrow(() -> KatibException.notFound("The webhook endpoint"));
	}

	@Transactional
	void delete(Caller caller, UUID id) {
		Permission.MANAGE_ORGANISATION.require(caller);
		if (!endpoints.delete(caller.tenantId(), id)) {
			throw KatibException.notFound("The webhook endpoint");
		}
	}

	/** Stops sending to the endpoint; its messages wait until it is resumed. */
	@Transactional
	WebhookEndpoint pause(Caller caller, UUID id) {
		show(caller, id);
		if (!endpoints.pause(caller.tenantId(), id, clock.instant())) {
			throw new KatibException(ProblemType.CONFLICT, "The webhook endpoint is paused already.");
		}
		return show(caller, id);
	}

	/** Sends to a paused endpoint again; its waiting messages go at once. */
	@Transactional
	WebhookEndpoint resume(Caller caller, UUID id) {
		WebhookEndpoint endpoint = show(caller, id);
		if (!endpoint.paused()) {
			throw new KatibException(ProblemType.CONFLICT, "The webhook endpoint is not paused.");
		}
		endpoints.resume(caller.tenantId(), id);
		return show(caller, id);
	}

	@Transactional(readOnly = true)
	List<WebhookMessages.Attempt> attempts(Caller caller, UUID endpointId) {
		show(caller, endpointId);
		return messages.attempts(caller.tenantId(), endpointId, 200);
	}

	@Transactional(readOnly = true)
	List<WebhookMessages.Message> messages(Caller caller, UUID endpointId) {
		show(caller, endpointId);
		return messages.recent(caller.tenantId(), endpointId, 50);
	}

	/**
	 * Queues a {@code webhook.test} message for the endpoint alone, signed and retried like any other.
	 *
	 * @return the message's id
	 */
	@Transactional
	UUID sendTest(Caller caller, UUID endpointId) {
		if (show(caller, endpointId).paused()) {
			throw new KatibException(ProblemType.CONFLICT, "The webhook endpoint is paused: resume it first.");
		}
		UUID id = Ids.newId(clock);
		Instant now = clock.instant();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("type", TEST_EVENT);
		payload.put("timestamp", now.toString());
		payload.put("data", Map.of("endpointId", endpointId.toString()));
		messages.create(id, caller.tenantId(), endpointId, TEST_EVENT, TEST_EVENT + ":" + id, json.writeValueAsString(payload),
				now);
		return id;
	}

	/** Sends a delivered or failed message again, with the same {@code webhook-id}. */
	@Transactional
	void replay(Caller caller, UUID messageId) {
		Permission.MANAGE_ORGANISATION.require(caller);
		String status = messages.status(caller.tenantId(), messageId)
			.orElseThrow(() -> KatibException.notFound("The webhook message"));
		if (!messages.replay(caller.tenantId(), messageId, clock.instant())) {
			throw new KatibException(ProblemType.CONFLICT, "The message is " + status.toLowerCase(java.util.Locale.ROOT)
					+ ": it is still being sent.");
		}
	}
}
