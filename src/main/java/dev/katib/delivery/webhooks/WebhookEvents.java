package dev.katib.delivery.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import dev.katib.letters.LetterTransitioned;
import dev.katib.paper.LetterArchived;
import dev.katib.platform.Ids;

/**
 * Turns letter events into webhook messages, one for each endpoint of the organisation that takes the event. The
 * listeners run after the letter's transaction has committed, tracked by the event publication registry, so an
 * event is queued once even if Katib stops in between.
 */
@Component
class WebhookEvents {

	/** The events an endpoint may take. */
	static final List<String> TYPES = List.of("letter.submitted", "letter.approved", "letter.returned", "letter.signed",
			"letter.archived");

	private final WebhookEndpoints endpoints;
	private final WebhookMessages messages;
	private final JsonMapper json;
	private final Clock clock;

	WebhookEvents(WebhookEndpoints endpoints, WebhookMessages messages, JsonMapper json, Clock clock) {
		this.endpoints = endpoints;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(LetterTransitioned moved) {
		String type = switch (moved.transition()) {
			case SUBMIT -> "letter.submitted";
			case APPROVE -> "letter.approved";
			case RETURN -> "letter.returned";
			case SIGN -> "letter.signed";
			default -> null;
		};
		if (type != null) {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("letterId", moved.letterId().toString());
			data.put("status", moved.to().name());
			data.put("previousStatus", moved.from().name());
			data.put("version", moved.version());
			data.put("actor", moved.actor());
			queue(moved.tenantId(), type, moved.at(), data);
		}
	}

	@ApplicationModuleListener
	void on(LetterArchived archived) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("letterId", archived.letterId().toString());
		data.put("version", archived.version());
		data.put("verificationCode", archived.verificationCode());
		queue(archived.tenantId(), "letter.archived", archived.at(), data);
	}

	private void queue(UUID tenantId, String type, Instant at, Map<String, Object> data) {
		List<UUID> subscribed = endpoints.subscribed(tenantId, type);
		if (subscribed.isEmpty()) {
			return;
		}
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("type", type);
		payload.put("timestamp", at.toString());
		payload.put("data", data);
		String body = json.writeValueAsString(payload);
		String key = type + ":" + data.get("letterId") + ":" + at;
		Instant now = clock.instant();
		for (UUID endpoint : subscribed) {
			messages.create(Ids.newId(clock), tenantId, endpoint, type, key, body, now);
		}
	}
}
