package dev.katib.connectors.airtable;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;

import dev.katib.connectors.SourceKind;
import dev.katib.connectors.backend.SourceAccess;
import dev.katib.connectors.internal.ConnectorsProperties;
import dev.katib.connectors.internal.WebhookRows;

/**
 * Airtable webhooks, used when Airtable can reach Katib over HTTPS: one per watched base, created
 * when a table of it is first mapped, refreshed before its 7-day expiry. A notification carries no
 * record data and is trusted only when its MAC verifies with the webhook's secret; the changes are
 * then read from the payloads, by cursor.
 */
class AirtableWebhooks {

	/** Where Airtable sends notifications, under {@code KATIB_BASE_URL}. */
	static final String NOTIFICATIONS = "/api/v1/sources/airtable-notifications";
	static final Duration REFRESH_BEFORE = Duration.ofDays(2);
	private static final Logger log = LoggerFactory.getLogger(AirtableWebhooks.class);

	private final AirtableClient client;
	private final WebhookRows webhooks;
	private final ConnectorsProperties properties;
	private final Clock clock;

	AirtableWebhooks(AirtableClient client, WebhookRows webhooks, ConnectorsProperties properties, Clock clock) {
		this.client = client;
		this.webhooks = webhooks;
		this.properties = properties;
		this.clock = clock;
	}

	/** Creates the base's webhook unless it has one, or Airtable cannot reach Katib. */
	void ensure(SourceAccess source, String baseId) {
		if (source.kind() != SourceKind.AIRTABLE || !properties.webhooksReachable()
				|| webhooks.find(source.sourceId(), baseId).isPresent()) {
			return;
		}
		String url = properties.baseUrl().toString().replaceAll("/+$", "") + NOTIFICATIONS;
		JsonNode created = client.send(source, baseId, HttpMethod.POST, AirtableClient.path("v0", "bases", baseId, "webhooks"),
				List.of(), Map.of("notificationUrl", url, "specification",
						Map.of("options", Map.of("filters", Map.of("dataTypes", List.of("tableData"))))));
		webhooks.save(source.sourceId(), baseId, source.tenantId(), created.path("id").asString(),
				Base64.getDecoder().decode(created.path("macSecretBase64").asString()),
				Instant.parse(created.path("expirationTime").asString()));
		log.info("Created Airtable webhook {} for base {} of source {}", created.path("id").asString(), baseId,
				source.sourceId());
	}

	/** Refreshes the webhook so Airtable keeps it another seven days. */
	void refresh(SourceAccess source, WebhookRows.Webhook webhook) {
		JsonNode answer = client.send(source, webhook.baseId(), HttpMethod.POST,
				AirtableClient.path("v0", "bases", webhook.baseId(), "webhooks", webhook.webhookId(), "refresh"), List.of(),
				null);
		webhooks.refreshed(webhook.webhookId(), Instant.parse(answer.path("expirationTime").asString()));
	}

	/** Deletes the source's webhooks at Airtable, so it stops notifying a source that is gone. */
	void deleteAll(SourceAccess source) {
		for (WebhookRows.Webhook webhook : webhooks.ofSource(source.sourceId())) {
			client.send(source, webhook.baseId(), HttpMethod.DELETE,
					AirtableClient.path("v0", "bases", webhook.baseId(), "webhooks", webhook.webhookId()), List.of(), null);
			webhooks.delete(webhook.webhookId());
		}
	}

	/** Webhooks whose expiry is near. */
	List<WebhookRows.Webhook> expiring() {
		return webhooks.expiringBefore(clock.instant().plus(REFRESH_BEFORE));
	}

	/**
	 * The webhook a notification speaks for, if its MAC verifies.
	 *
	 * @param body the notification exactly as received
	 * @param macHeader its {@code X-Airtable-Content-MAC} header
	 */
	Optional<WebhookRows.Webhook> verify(byte[] body, String webhookId, String macHeader) {
		Optional<WebhookRows.Webhook> webhook = webhooks.find(webhookId);
		if (webhook.isEmpty() || !macHeader.startsWith("hmac-sha256=")) {
			return Optional.empty();
		}
		byte[] expected = HexFormat.of().formatHex(mac(webhook.get().macSecret(), body)).getBytes(StandardCharsets.US_ASCII);
		byte[] given = macHeader.substring("hmac-sha256=".length()).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given) ? webhook : Optional.empty();
	}

	/** The webhook by its id, for a notification already verified. */
	Optional<WebhookRows.Webhook> webhook(String webhookId) {
		return webhooks.find(webhookId);
	}

	/** Reads the payloads from the webhook's cursor to the end: the changed and destroyed records by table. */
	WebhookChanges read(SourceAccess source, WebhookRows.Webhook webhook) {
		WebhookChanges changes = new WebhookChanges();
		long cursor = webhook.cursor();
		for (int page = 0; page < 100; page++) {
			JsonNode answer = client.get(source, webhook.baseId(), AirtableClient.path("v0", "bases", webhook.baseId(),
					"webhooks", webhook.webhookId(), "payloads"), List.of(Map.entry("cursor", Long.toString(cursor))));
			answer.path("payloads").forEach(changes::add);
			cursor = answer.path("cursor").asLong(cursor);
			if (!answer.path("mightHaveMore").asBoolean(false)) {
				break;
			}
		}
		webhooks.advanced(webhook.webhookId(), cursor);
		return changes;
	}

	private static byte[] mac(byte[] secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
