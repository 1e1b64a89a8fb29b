package dev.katib.webhooks;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;

/**
 * An organisation's outbound webhooks over the API: its endpoints, their messages and attempt log, test messages,
 * replays, pausing and resumption.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks")
@Validated
class WebhooksApi {

	private final Webhooks webhooks;
	private final Callers callers;

	WebhooksApi(Webhooks webhooks, Callers callers) {
		this.webhooks = webhooks;
		this.callers = callers;
	}

	/**
	 * An endpoint to register.
	 *
	 * @param url where messages are POSTed: an {@code https} URL on a public address
	 * @param eventTypes the events it takes: {@code letter.submitted}, {@code letter.approved},
	 *        {@code letter.returned}, {@code letter.signed}, {@code letter.archived}, {@code batch.run.started},
	 *        {@code batch.run.completed}, {@code batch.run.failed}, {@code batch.run.cancelled}
	 */
	record EndpointRequest(@NotBlank @Size(max = 2000) String url,
			@NotNull @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 40) String> eventTypes) {
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PostMapping("/endpoints")
	@Operation(summary = "Register a webhook endpoint; its whsec_ signing secret is shown in this answer only")
	@ApiResponse(responseCode = "201", description = "Registered", useReturnTypeSchema = true)
	ResponseEntity<Webhooks.Created> create(@Valid @RequestBody EndpointRequest request) {
		Webhooks.Created created = webhooks.create(callers.current(), request.url(), request.eventTypes());
		return ResponseEntity.created(URI.create("/api/v1/webhooks/endpoints/" + created.endpoint().id())).body(created);
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@GetMapping("/endpoints")
	@Operation(summary = "List the organisation's webhook endpoints, oldest first")
	List<WebhookEndpoint> list() {
		return webhooks.list(callers.current());
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@GetMapping("/endpoints/{endpointId}")
	@Operation(summary = "Show a webhook endpoint, without its secret")
	WebhookEndpoint show(@PathVariable UUID endpointId) {
		return webhooks.show(callers.current(), endpointId);
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@DeleteMapping("/endpoints/{endpointId}")
	@Operation(summary = "Remove a webhook endpoint with its messages and attempt log")
	@ApiResponse(responseCode = "204", description = "Removed")
	ResponseEntity<Void> delete(@PathVariable UUID endpointId) {
		webhooks.delete(callers.current(), endpointId);
		return ResponseEntity.noContent().build();
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PostMapping("/endpoints/{endpointId}/pause")
	@Operation(summary = "Pause a webhook endpoint; its new messages wait until it is resumed")
	WebhookEndpoint pause(@PathVariable UUID endpointId) {
		return webhooks.pause(callers.current(), endpointId);
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PostMapping("/endpoints/{endpointId}/resume")
	@Operation(summary = "Resume a paused webhook endpoint; its waiting messages are sent at once")
	WebhookEndpoint resume(@PathVariable UUID endpointId) {
		return webhooks.resume(callers.current(), endpointId);
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@GetMapping("/endpoints/{endpointId}/attempts")
	@Operation(summary = "List the endpoint's latest 200 attempts, newest first, with the status each answered")
	List<WebhookMessages.Attempt> attempts(@PathVariable UUID endpointId) {
		return webhooks.attempts(callers.current(), endpointId);
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@GetMapping("/endpoints/{endpointId}/messages")
	@Operation(summary = "List the endpoint's latest 50 messages, newest first, with their status")
	List<WebhookMessages.Message> messages(@PathVariable UUID endpointId) {
		return webhooks.messages(callers.current(), endpointId);
	}

	/** @param messageId the test message, queued */
	record TestMessage(UUID messageId) {
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PostMapping("/endpoints/{endpointId}/test")
	@Operation(summary = "Send the endpoint a signed webhook.test message")
	@ApiResponse(responseCode = "202", description = "Queued", useReturnTypeSchema = true)
	ResponseEntity<TestMessage> test(@PathVariable UUID endpointId) {
		return ResponseEntity.accepted().body(new TestMessage(webhooks.sendTest(callers.current(), endpointId)));
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PostMapping("/messages/{messageId}/replay")
	@Operation(summary = "Send a delivered or failed message again, with the same webhook-id and a fresh 24 hours")
	@ApiResponse(responseCode = "202", description = "Queued again")
	ResponseEntity<Void> replay(@PathVariable UUID messageId) {
		webhooks.replay(callers.current(), messageId);
		return ResponseEntity.accepted().build();
	}
}
