package dev.katib.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.katib.support.FakeAirtable.Answer;

/** The webhook endpoints of {@link FakeAirtable}: create, list, refresh, payloads by cursor, delete. */
final class FakeAirtableWebhooks {

	private static final int PAYLOADS_PER_PAGE = 50;

	private final FakeBase base;

	FakeAirtableWebhooks(FakeBase base) {
		this.base = base;
	}

	Answer route(String method, String[] p, Map<String, List<String>> query, Map<String, Object> body) {
		if (p.length == 4 && method.equals("POST")) {
			Object url = body.get("notificationUrl");
			if (!(url instanceof String notificationUrl) || !notificationUrl.startsWith("https://")) {
				return FakeAirtableRoutes.invalid("INVALID_NOTIFICATION_URL", "The notification URL must be https");
			}
			byte[] secret = FakeAirtable.newSecret();
			FakeBase.Webhook webhook = new FakeBase.Webhook(FakeAirtable.id("ach"), notificationUrl, secret,
					Instant.now().plus(FakeAirtableRoutes.WEBHOOK_LIFETIME));
			base.webhooks.put(webhook.id, webhook);
			return new Answer(200, Map.of("id", webhook.id, "macSecretBase64", FakeAirtable.base64(secret),
					"expirationTime", webhook.expires.toString()));
		}
		if (p.length == 4 && method.equals("GET")) {
			return new Answer(200, Map.of("webhooks", base.webhooks.values().stream()
				.map(w -> Map.of("id", w.id, "notificationUrl", w.notificationUrl, "expirationTime", w.expires.toString()))
				.toList()));
		}
		FakeBase.Webhook webhook = p.length >= 5 ? base.webhooks.get(p[4]) : null;
		if (webhook == null) {
			return new Answer(404, Map.of("error", "NOT_FOUND"));
		}
		if (p.length == 5 && method.equals("DELETE")) {
			base.webhooks.remove(webhook.id);
			return new Answer(200, Map.of());
		}
		if (p.length == 6 && p[5].equals("refresh") && method.equals("POST")) {
			webhook.expires = Instant.now().plus(FakeAirtableRoutes.WEBHOOK_LIFETIME);
			return new Answer(200, Map.of("expirationTime", webhook.expires.toString()));
		}
		if (p.length == 6 && p[5].equals("payloads") && method.equals("GET")) {
			int cursor = Integer.parseInt(query.getOrDefault("cursor", List.of("1")).getFirst());
			int from = Math.max(0, Math.min(cursor - 1, webhook.payloads.size()));
			int to = Math.min(webhook.payloads.size(), from + PAYLOADS_PER_PAGE);
			return new Answer(200, Map.of("payloads", List.copyOf(webhook.payloads.subList(from, to)), "cursor", to + 1,
					"mightHaveMore", to < webhook.payloads.size()));
		}
		return new Answer(404, Map.of("error", "NOT_FOUND"));
	}
}
