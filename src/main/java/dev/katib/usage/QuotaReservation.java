package dev.katib.usage;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Room taken in the quotas before a model call; settle it with the actual tokens or release it.
 *
 * @param id the reservation's id
 * @param tenantId the organisation
 * @param userId the member
 * @param letters letters reserved
 * @param tokens tokens reserved (the estimate)
 * @param periodStart the first day of the month it counts in, in the organisation's calendar
 */
public record QuotaReservation(UUID id, UUID tenantId, UUID userId, int letters, long tokens, LocalDate periodStart) {
}
