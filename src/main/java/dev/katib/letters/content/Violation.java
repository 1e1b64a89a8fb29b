package dev.katib.letters.content;

/**
 * One way a letter breaks the rules, worded so that a repair prompt can quote it to the model and a writer
 * can read it.
 *
 * @param rule which rule is broken
 * @param part where: {@code subject}, {@code addressee.prayer}, {@code paragraphs[2]}, ...
 * @param message what is wrong and what is expected, in English
 */
public record Violation(Rule rule, String part, String message) {

	/** The rules a letter is checked against. */
	public enum Rule {
		/** The reply is not the JSON object the schema asks for. */
		MALFORMED,
		/** A required part is missing or empty. */
		MISSING_PART,
		/** A part is not in the letter's language. */
		WRONG_LANGUAGE,
		/** A number that none of the inputs contains. */
		INVENTED_FIGURE,
		/** A date, month or weekday that none of the inputs contains. */
		INVENTED_DATE,
		/** A sentence taken from a reference letter. */
		COPIED_REFERENCE,
		/** A part, or the letter, is longer than allowed. */
		TOO_LONG,
		/** The greeting, prayer phrase or closing does not follow the letter conventions. */
		CONVENTION
	}

	/** The violation as one line: "paragraphs[2]: contains the figure 250, which ...". */
	public String quote() {
		return part + ": " + message;
	}
}
