package dev.katib.letters.chat;

import java.util.List;
import java.util.UUID;

import dev.katib.accounts.Caller;
import dev.katib.usage.QuotaReservation;

/**
 * A member gave an instruction on a letter's chat; the revision is written by a listener of the event
 * publication registry, so that an instruction cut short by a restart is carried out when Katib starts again.
 *
 * @param instructionId the instruction's message in the chat, which the answer refers to
 * @param tenantId the letter's organisation
 * @param letterId the letter
 * @param by who gave it
 * @param instruction what they asked for
 * @param basedOn the version they were looking at
 * @param earlierInstructions their earlier instructions, newest first, for a recurring kind
 * @param reservation the room taken in the quotas for the model's calls
 */
public record RevisionRequested(UUID instructionId, UUID tenantId, UUID letterId, Caller by, String instruction,
		int basedOn, List<String> earlierInstructions, QuotaReservation reservation) {

	public RevisionRequested {
		earlierInstructions = List.copyOf(earlierInstructions);
	}
}
