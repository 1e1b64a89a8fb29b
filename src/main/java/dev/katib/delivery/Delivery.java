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
 */
public record Delivery(UUID id, UUID letterId, Channel channel, String recipient, String status,
		@Nullable String lastError, Instant createdAt, @Nullable Instant finishedAt, List<Attempt> attempts) {

	/** One try and its outcome: {@code DELIVERED}, {@code RETRYING} or {@code FAILED}. */
	public record Attempt(int number, String outcome, @Nullable String detail, Instant at) {
	}
}
