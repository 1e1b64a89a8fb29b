package dev.katib.letters.chat;

import org.springframework.http.HttpStatus;

import dev.katib.platform.ProblemType;

/** The problem types of the chat on a letter. */
public final class ChatProblems {

	/** Only the offline engine is configured; the letter can still be edited by hand. */
	public static final ProblemType NEEDS_MODEL = new ProblemType("chat-needs-model-provider", HttpStatus.CONFLICT,
			"Editing by instruction needs a language model provider");

	/** The model's revision broke the rules even after one repair attempt; the letter is unchanged. */
	public static final ProblemType REVISION_REFUSED = new ProblemType("chat-revision-refused",
			HttpStatus.UNPROCESSABLE_CONTENT, "The revision was refused");

	/** The letter has no version yet to revise: it is still being drafted. */
	public static final ProblemType NOTHING_TO_REVISE = new ProblemType("chat-nothing-to-revise",
			HttpStatus.CONFLICT, "The letter has no version yet");

	private ChatProblems() {
	}
}
