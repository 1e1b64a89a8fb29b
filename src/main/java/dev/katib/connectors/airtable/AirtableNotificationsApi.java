package dev.katib.connectors.airtable;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/** Where Airtable's webhooks notify Katib; a notification whose MAC does not verify is refused. */
@RestController
@Tag(name = "Data sources")
class AirtableNotificationsApi {

	private final AirtableChangeFeed feed;

	/** What Airtable sends (read as bytes, so that its MAC can be checked over exactly what came). */
	record Notification(Ref base, Ref webhook, String timestamp) {

		record Ref(String id) {
		}
	}

	AirtableNotificationsApi(AirtableChangeFeed feed) {
		this.feed = feed;
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@SecurityRequirements
	@PostMapping(AirtableWebhooks.NOTIFICATIONS)
	@Operation(summary = "Receive an Airtable webhook notification, signed with the webhook's MAC secret")
	ResponseEntity<Void> notified(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = Notification.class))) @RequestBody byte[] body,
			@RequestHeader(name = "X-Airtable-Content-MAC", defaultValue = "") String mac) {
		if (body.length > 10_000 || !feed.notified(body, mac)) {
			throw new KatibException(ProblemType.UNAUTHORIZED, "The notification's MAC does not verify.");
		}
		return ResponseEntity.noContent().build();
	}
}
