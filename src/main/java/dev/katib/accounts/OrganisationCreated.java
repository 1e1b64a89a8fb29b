package dev.katib.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * A new organisation exists. Published in the transaction that created it, so that what every organisation
 * starts with is created with it.
 *
 * @param tenantId the organisation
 * @param at when, by the server's clock
 */
public record OrganisationCreated(UUID tenantId, Instant at) {
}
