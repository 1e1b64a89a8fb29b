package dev.katib.webhooks;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * An organisation's webhook endpoints: registering, listing, removing and resuming them, their attempt log and
 * the replay of a message. Only its owners and administrators may; every call is limited to their organisation.
 */
@Service
class Webhooks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final WebhookEndpoints endpoints;
	private final WebhookMessages messages;
	private final WebhookAddressPolicy addresses;
	private final Clock clock;

	Webhooks(WebhookEndpoints endpoints, WebhookMessages messages, WebhookAddressPolicy addresses, Clock clock) {
		this.endpoints = endpoints;
		this.messages = messages;
		this.addresses = addresses;
		this.clock = clock;
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
		String secret = WebhookSignature.newSecret(RANDOM);
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
