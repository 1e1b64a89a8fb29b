package dev.katib.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import dev.katib.automation.BatchRunEvent;
import dev.katib.letters.LetterTransitioned;
import dev.katib.paper.LetterArchived;
import dev.katib.platform.Ids;

/**
 * Turns letter and batch-run events into webhook messages, one for each endpoint of the organisation that takes the event. The
 * listeners run after the letter's transaction has committed, tracked by the event publication registry, so an
 * event is queued once even if Katib stops in between.
 */
@Component
class WebhookEvents {

	/** The events an endpoint may take. */
	static final List<String> TYPES = List.of("letter.submitted", "letter.approved", "letter.returned", "letter.signed",
			"letter.archived", "batch.run.started", "batch.run.completed", "batch.run.failed", "batch.run.cancelled");

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
			queue(moved.tenantId(), type, moved.at(), data, moved.letterId());
		}
	}

	@ApplicationModuleListener
	void on(LetterArchived archived) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("letterId", archived.letterId().toString());
		data.put("version", archived.version());
		data.put("verificationCode", archived.verificationCode());
		queue(archived.tenantId(), "letter.archived", archived.at(), data, archived.letterId());
	}

	@ApplicationModuleListener
	void on(BatchRunEvent run) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("runId", run.runId().toString());
		data.put("name", run.name());
		String type = switch (run) {
			case BatchRunEvent.Started started -> {
				data.put("previousStatus", started.previousStatus());
				data.put("round", started.round());
				yield "batch.run.started";
			}
			case BatchRunEvent.Completed completed -> "batch.run.completed";
			case BatchRunEvent.Failed failed -> {
				data.put("problem", failed.problem());
				yield "batch.run.failed";
			}
			case BatchRunEvent.Cancelled cancelled -> "batch.run.cancelled";
		};
		// a run starts again on resume and on each retry: each start is an event of its own
		Object subject = run instanceof BatchRunEvent.Started started
				? run.runId() + ":" + started.previousStatus() + ":" + started.round() : run.runId();
		queue(run.tenantId(), type, run.at(), data, subject);
	}

	private void queue(UUID tenantId, String type, Instant at, Map<String, Object> data, Object subject) {
		List<UUID> subscribed = endpoints.subscribed(tenantId, type);
		if (subscribed.isEmpty()) {
			return;
		}
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("type", type);
		payload.put("timestamp", at.toString());
		payload.put("data", data);
		String body = json.writeValueAsString(payload);
		String key = type + ":" + subject + ":" + at;
		Instant now = clock.instant();
		for (UUID endpoint : subscribed) {
			messages.create(Ids.newId(clock), tenantId, endpoint, type, key, body, now);
		}
	}
}
