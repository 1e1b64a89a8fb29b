package dev.katib.letters.content;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.jspecify.annotations.Nullable;

/**
 * A model's answer to an editing instruction, the structured output asked of it: the whole revised letter, what
 * changed, and a preference worth saving when the instruction repeats the writer's earlier ones.
 *
 * @param letter the whole letter after the change
 * @param summary one line saying what changed
 * @param suggestedPreference a short standing preference of the writer, or null
 */
public record RevisionAnswer(LetterAnswer letter,
		@JsonPropertyDescription("One line saying what changed.") String summary,
		@JsonPropertyDescription("A short standing preference of the writer that this instruction repeats, worth "
				+ "saving for all their letters; null unless the instruction repeats one of their earlier "
				+ "instructions.") @Nullable String suggestedPreference) {

	/** The longest summary of a revision, which the chat shows as one line. */
	public static final int MAX_SUMMARY = 300;

	/** The longest preference suggested. */
	public static final int MAX_PREFERENCE = 300;

	/** The summary as one line, or what is wrong with it. */
	public Verdict<String> checkedSummary() {
		String line = summary.strip().replaceAll("\\s+", " ");
		List<Violation> violations = new ArrayList<>();
		if (line.isEmpty()) {
			violations.add(new Violation(Violation.Rule.MISSING_PART, "summary", "is empty; say in one line what changed"));
		}
		else if (line.length() > MAX_SUMMARY) {
			violations.add(new Violation(Violation.Rule.TOO_LONG, "summary",
					"has " + line.length() + " characters; keep it to one line within " + MAX_SUMMARY));
		}
		return violations.isEmpty() ? new Verdict.Accepted<>(line) : new Verdict.Rejected<>(violations);
	}

	/** The suggested preference as one short line, when there is one. */
	public @Nullable String preference() {
		if (suggestedPreference == null || suggestedPreference.isBlank()) {
			return null;
		}
		String text = suggestedPreference.strip().replaceAll("\\s+", " ");
		return text.length() > MAX_PREFERENCE ? text.substring(0, MAX_PREFERENCE) : text;
	}
}
