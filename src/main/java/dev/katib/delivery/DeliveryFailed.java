package dev.katib.delivery;

import java.time.Instant;
import java.util.UUID;

/** A delivery ran out of attempts, or failed in a way no retry can mend; {@code reason} says why. */
public record DeliveryFailed(UUID tenantId, UUID letterId, UUID deliveryId, Channel channel, int attempts,
		String reason, Instant at) {
}
