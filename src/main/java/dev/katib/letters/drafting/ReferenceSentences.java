package dev.katib.letters.drafting;

import dev.katib.knowledge.Language;

/** The sentence that refers to the letter replied to or followed up, by its number and date. */
final class ReferenceSentences {

	private ReferenceSentences() {
	}

	/** «نشير إلى خطابكم رقم … وتاريخ …» / "We refer to your letter ref. … dated …". */
	static String replyingTo(LetterReference letter, Language language) {
		return switch (language) {
			case ARABIC -> "نشير إلى خطابكم رقم " + letter.number() + " وتاريخ " + letter.date() + ".";
			case ENGLISH -> "We refer to your letter ref. " + letter.number() + " dated " + letter.date() + ".";
		};
	}

	/** «يأتي هذا الخطاب إلحاقًا بخطابنا رقم … وتاريخ …» / "This letter follows our letter ref. … dated …". */
	static String followingUp(LetterReference letter, Language language) {
		return switch (language) {
			case ARABIC -> "يأتي هذا الخطاب إلحاقًا بخطابنا رقم " + letter.number() + " وتاريخ " + letter.date() + ".";
			case ENGLISH -> "This letter follows our letter ref. " + letter.number() + " dated " + letter.date() + ".";
		};
	}
}
