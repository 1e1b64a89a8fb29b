package dev.katib.assistant.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.katib.assistant.internal.TurnOutcome;

/**
 * How a turn ended, as the API shows it.
 *
 * @param outcome {@code ANSWERED}, {@code NEEDS_CONFIRMATION} or {@code STOPPED}
 * @param text the answer, when there is one
 * @param reason why the turn stopped: {@code STEPS}, {@code TIME}, {@code TOKENS}, {@code QUOTA}, {@code NEEDS_MODEL},
 *     {@code MODEL_FAILED} or {@code MEMBER_STOPPED} (the member stopped the turn)
 * @param message what the member is told when the turn stopped
 * @param calls the tool calls that wait for a confirmation, exactly as they will run
 */
record TurnView(String outcome, @Nullable String text, @Nullable String reason, @Nullable String message,
		List<TurnOutcome.ProposedCall> calls) {

	static TurnView of(TurnOutcome outcome) {
		return switch (outcome) {
			case TurnOutcome.Answered answered -> new TurnView("ANSWERED", answered.text(), null, null, List.of());
			case TurnOutcome.NeedsConfirmation waiting -> new TurnView("NEEDS_CONFIRMATION", null, null, null,
					waiting.calls());
			case TurnOutcome.Stopped stopped -> new TurnView("STOPPED", null, stopped.reason().name(), stopped.message(),
					List.of());
		};
	}
}
