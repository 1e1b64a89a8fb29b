package dev.katib.delivery;

import java.time.Instant;
import java.util.UUID;

/** A letter's PDF reached the recipient's mail server or WhatsApp (accepted; not necessarily read). */
public record LetterDelivered(UUID tenantId, UUID letterId, UUID deliveryId, Channel channel, int attempts,
		Instant at) {
}
