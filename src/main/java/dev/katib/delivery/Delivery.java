package dev.katib.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One delivery of a letter and what became of it.
 *
 * @param status {@code PENDING} while attempts remain, then {@code DELIVERED} or {@code FAILED}
 * @param attempts every attempt made, oldest first
 * @param providerStatus what the provider last reported of the message it took (WhatsApp's {@code sent},
 * {@code delivered}, {@code read} or {@code failed}); {@code null} before any report
 */
public record Delivery(UUID id, UUID letterId, Channel channel, String recipient, String status,
		@Nullable String lastError, Instant createdAt, @Nullable Instant finishedAt, List<Attempt> attempts,
		@Nullable String providerStatus) {

	/** One try and its outcome: {@code DELIVERED}, {@code RETRYING} or {@code FAILED}. */
	public record Attempt(int number, String outcome, @Nullable String detail, Instant at) {
	}
}
