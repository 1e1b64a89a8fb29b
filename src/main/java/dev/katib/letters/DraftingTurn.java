package dev.katib.letters;

/**
 * When a letter's first draft may call the model: at once, for a writer waiting on the letter's page, or in turn
 * with the other letters drafted in bulk (batch runs), which share {@code KATIB_AI_CONCURRENCY} model calls per
 * process. Only the model call waits for its turn, so everything else a letter's drafting does (opening it, shaping
 * the prompt, checking and storing the answer) runs beside the other letters' calls.
 */
public enum DraftingTurn {

	AT_ONCE, IN_TURN
}
