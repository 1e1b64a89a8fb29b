package dev.katib.letters;

import java.util.Map;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/** When a letter's content may change: the one rule that hand edits, chat revisions, restores and drafting obey. */
final class EditRule {

	private EditRule() {
	}

	static boolean editable(LetterStatus status, DraftingState drafting, int currentVersion) {
		return status.editable() && drafting == DraftingState.DONE && currentVersion > 0;
	}

	/** @throws KatibException {@code letter-not-editable} unless the letter's content may change now */
	static void requireEditable(LetterStatus status, DraftingState drafting) {
		if (!status.editable()) {
			throw notEditable("A letter can be changed only while it is a draft or returned; this one is " + status
					+ ".", status);
		}
		if (drafting == DraftingState.WRITING) {
			throw notEditable("The letter's first version is still being written; change it once it is there.",
					status);
		}
	}

	static boolean waitingForDraft(LetterStatus status, DraftingState drafting) {
		return drafting == DraftingState.WRITING && status == LetterStatus.DRAFT;
	}

	/** @throws KatibException {@code letter-not-editable} when drafting already ended or the letter left DRAFT */
	static void requireWaitingForDraft(LetterStatus status, DraftingState drafting) {
		if (!waitingForDraft(status, drafting)) {
			throw notEditable("The letter is no longer waiting for its draft.", status);
		}
	}

	/** @throws KatibException {@code conflict} when the change was based on a version that is no longer current */
	static void requireCurrent(int basedOn, int currentVersion) {
		if (basedOn != currentVersion) {
			throw new KatibException(ProblemType.CONFLICT, "Someone else changed this letter meanwhile: version "
					+ currentVersion + " is now the current one.",
					Map.of("currentVersion", currentVersion, "basedOn", basedOn));
		}
	}

	private static KatibException notEditable(String detail, LetterStatus status) {
		return new KatibException(LetterProblems.NOT_EDITABLE, detail, Map.of("status", status.name()));
	}
}
