package dev.katib.letters;

/** How the drafting of a letter's first version went. */
public enum DraftingState {
	/** The model is writing the first version. */
	WRITING,
	/** The first version is stored. */
	DONE,
	/** No valid letter came; the letter's {@code problem} says why. */
	FAILED
}
