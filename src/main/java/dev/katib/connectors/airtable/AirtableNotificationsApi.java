package dev.katib.connectors.airtable;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/** Where Airtable's webhooks notify Katib; a notification whose MAC does not verify is refused. */
@RestController
@Tag(name = "Data sources")
class AirtableNotificationsApi {

	private final AirtableChangeFeed feed;

	AirtableNotificationsApi(AirtableChangeFeed feed) {
		this.feed = feed;
	}

	@ApiResponse(responseCode = "204", description = "No content")
	@SecurityRequirements
	@PostMapping(AirtableWebhooks.NOTIFICATIONS)
	@Operation(summary = "Receive an Airtable webhook notification, signed with the webhook's MAC secret")
	ResponseEntity<Void> notified(@RequestBody byte[] body,
			@RequestHeader(name = "X-Airtable-Content-MAC", defaultValue = "") String mac) {
		if (body.length > 10_000 || !feed.notified(body, mac)) {
			throw new KatibException(ProblemType.UNAUTHORIZED, "The notification's MAC does not verify.");
		}
		return ResponseEntity.noContent().build();
	}
}
