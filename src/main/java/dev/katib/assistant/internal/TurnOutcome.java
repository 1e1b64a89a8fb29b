package dev.katib.assistant.internal;

import java.util.List;

import dev.katib.ai.ChatMessage;

/**
 * How one turn of the assistant ended. Each outcome carries the conversation as it stands, so the caller can keep it
 * and continue it (after a confirmation, or with the next question).
 */
public sealed interface TurnOutcome {

	List<ChatMessage> transcript();

	/** The model answered. */
	record Answered(String text, int steps, long tokens, List<ChatMessage> transcript) implements TurnOutcome {
	}

	/**
	 * The model asked for tools that change data or spend quota: nothing has run, and the member must confirm these
	 * calls (or decline them) before the turn goes on.
	 */
	record NeedsConfirmation(List<ProposedCall> calls, List<ChatMessage> transcript) implements TurnOutcome {
	}

	/**
	 * The turn stopped before an answer: a budget ran out, the quota is spent, there is no model, or the member
	 * stopped it (the transcript then ends with what the model had said so far).
	 */
	record Stopped(Reason reason, String message, List<ChatMessage> transcript) implements TurnOutcome {
	}

	/** Why a turn stopped. */
	enum Reason {
		STEPS, TIME, TOKENS, QUOTA, NEEDS_MODEL, MODEL_FAILED, MEMBER_STOPPED
	}

	/**
	 * A call waiting for the member's confirmation, shown exactly as it will run.
	 *
	 * @param callId the model's id of the call
	 * @param tool the tool's name
	 * @param label what the tool does, in Arabic
	 * @param arguments the arguments, as the model wrote them
	 */
	record ProposedCall(String callId, String tool, String label, String arguments) {
	}
}
