package dev.katib.review;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A letter's status after a transition, with its number and official date once it has them.
 *
 * @param id the letter
 * @param status its status now
 * @param number its number, once issued
 * @param issuedOn its official date, once numbered
 */
record TransitionOutcome(UUID id, String status, @Nullable String number, @Nullable LocalDate issuedOn) {
}
