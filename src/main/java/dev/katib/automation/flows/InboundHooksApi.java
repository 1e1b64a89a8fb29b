package dev.katib.automation.flows;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.platform.outbound.StandardWebhooks;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * An automation's own URL for inbound calls, without a Katib sign-in: each call is signed with the automation's
 * secret by the Standard Webhooks specification ({@code webhook-id}, {@code webhook-timestamp},
 * {@code webhook-signature} over {@code id.timestamp.body}), and a timestamp more than five minutes off is refused,
 * so a captured call cannot be replayed later. The same {@code webhook-id} starts one execution.
 */
@RestController
@Tag(name = "Automation")
class InboundHooksApi {

	static final String PATH = "/api/v1/automations/{id}/hooks";
	static final Duration TOLERANCE = Duration.ofMinutes(5);
	static final int MAX_BODY = 64 * 1024;

	private final AutomationStore automations;
	private final HookSecrets secrets;
	private final InboundCalls calls;
	private final Clock clock;

	InboundHooksApi(AutomationStore automations, HookSecrets secrets, InboundCalls calls, Clock clock) {
		this.automations = automations;
		this.secrets = secrets;
		this.calls = calls;
		this.clock = clock;
	}

	static String path(UUID id) {
		return PATH.replace("{id}", id.toString());
	}

	@SecurityRequirements
	@Operation(summary = "Start an automation from a call signed with its secret (Standard Webhooks)")
	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> call(@PathVariable UUID id, @RequestBody byte[] body,
			@RequestHeader(name = StandardWebhooks.ID, defaultValue = "") String messageId,
			@RequestHeader(name = StandardWebhooks.TIMESTAMP, defaultValue = "") String timestamp,
			@RequestHeader(name = StandardWebhooks.SIGNATURE, defaultValue = "") String signature) {
		AutomationStore.Sealed sealed = automations.forHook(id)
			.filter(found -> found.automation().triggerKind() == TriggerKind.HOOK)
			.orElseThrow(() -> KatibException.notFound("The automation"));
		if (body.length > MAX_BODY) {
			throw new KatibException(ProblemType.PAYLOAD_TOO_LARGE, "A call's body has at most " + MAX_BODY + " bytes.");
		}
		if (messageId.isBlank() || messageId.length() > 200 || !timestamp.matches("[0-9]{1,12}")) {
			throw new KatibException(ProblemType.UNAUTHORIZED, "The call needs the webhook-id, webhook-timestamp and "
					+ "webhook-signature headers.");
		}
		long seconds = Long.parseLong(timestamp);
		if (Math.abs(clock.instant().getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
			throw new KatibException(ProblemType.UNAUTHORIZED, "The call's timestamp is more than five minutes off; "
					+ "sign it when you send it.");
		}
		if (!StandardWebhooks.verify(secrets.open(sealed), messageId, seconds, body, signature)) {
			throw new KatibException(ProblemType.UNAUTHORIZED, "The call's signature does not verify.");
		}
		Map<String, Object> answer = calls.start(sealed.automation(), messageId, body);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(answer);
	}
}
