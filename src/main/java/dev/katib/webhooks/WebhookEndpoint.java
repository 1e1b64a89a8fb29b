package dev.katib.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An endpoint an organisation registered, as the API shows it: never its secret, only the secret's last four
 * characters.
 *
 * @param eventTypes the events it takes, such as {@code letter.signed}
 * @param secretHint the secret, masked
 * @param paused whether sending to it has stopped until an owner resumes it
 * @param failedMessages how many messages in a row failed for good
 */
record WebhookEndpoint(UUID id, String url, List<String> eventTypes, String secretHint, boolean paused,
		int failedMessages, Instant createdAt, @Nullable Instant pausedAt) {
}
