package dev.katib.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the letter page shows of a letter's workflow to one viewer: its status and number, the actions their
 * roles allow now, the transitions so far and the comments. Built by {@link WorkflowPanels}; rendered by the
 * fragment {@code review/workflow :: panel(letter)}.
 *
 * @param letterId the letter
 * @param status its status
 * @param number its number, once issued
 * @param issuedOn its official date, once numbered
 * @param currentVersion the number of its current version, 0 before the first draft is written
 * @param actions the actions the viewer may take now, by name ({@code SUBMIT}, {@code APPROVE}, ...)
 * @param passwordToSign whether signing asks for the password
 * @param mayComment whether the viewer may comment
 * @param signedBy who signed it, once signed
 * @param signedElectronically whether it was signed without a signature image
 * @param history the transitions so far, oldest first
 * @param comments the comments so far, oldest first
 */
public record WorkflowPanel(UUID letterId, String status, @Nullable String number, @Nullable LocalDate issuedOn,
		int currentVersion, List<String> actions, boolean passwordToSign, boolean mayComment,
		@Nullable String signedBy, boolean signedElectronically, List<Step> history, List<Note> comments) {

	public WorkflowPanel {
		actions = List.copyOf(actions);
		history = List.copyOf(history);
		comments = List.copyOf(comments);
	}

	/** One transition: who moved the letter from what to what, when, and why. */
	public record Step(String actor, String from, String to, Instant at, @Nullable String comment) {
	}

	/** One comment on a version. */
	public record Note(String author, int version, String text, Instant at) {
	}
}
