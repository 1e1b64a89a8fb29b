package dev.katib.usage;

import java.time.ZoneId;
import java.util.UUID;

/**
 * Monthly quotas per organisation and per member, on letters and tokens. Callers reserve before a
 * model call and settle with the actual usage afterwards; reservations are atomic, so concurrent
 * callers can never exceed a limit together. No quota applies until an admin sets one.
 */
public interface Quotas {

	/** The time zone whose months quotas count in when the organisation has not said otherwise. */
	ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Riyadh");

	/**
	 * Takes room for a call in the organisation's and the member's quotas of this month. The
	 * estimate must fit in what remains of a token quota; settling may then exceed it, and the
	 * next reservation is refused.
	 *
	 * @param zone the organisation's time zone, which decides when its months begin
	 * @throws QuotaExceededException when either quota has no room; nothing is reserved then
	 */
	QuotaReservation reserve(UUID tenantId, UUID userId, int letters, long estimatedTokens, ZoneId zone);

	/** As {@link #reserve(UUID, UUID, int, long, ZoneId)}, in the months of the organisation's own time zone. */
	QuotaReservation reserve(UUID tenantId, UUID userId, int letters, long estimatedTokens);

	/**
	 * Room for a call that counts against no quota, for the one purpose {@link QuotaExemption} names: nothing is
	 * taken from any counter, so it is never refused, and settling or releasing it changes no counter. The
	 * reservation is kept with its purpose and subject, the calls about that subject are recorded in the usage
	 * ledger under the purpose, and the exemption is written to the audit trail.
	 */
	QuotaReservation exempt(UUID tenantId, UUID userId, int letters, long estimatedTokens, QuotaExemption exemption);

	/** Replaces the estimate with the tokens actually used; settling twice changes nothing. */
	void settle(QuotaReservation reservation, long actualTokens);

	/** Gives the reserved room back, when the call did not happen or failed; once only. */
	void release(QuotaReservation reservation);

	/** Sets the organisation's monthly limits. */
	void limitOrganisation(UUID tenantId, QuotaLimits limits);

	/** Sets a member's monthly limits. */
	void limitMember(UUID tenantId, UUID userId, QuotaLimits limits);
}
