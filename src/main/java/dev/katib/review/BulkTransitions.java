package dev.katib.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.letters.LetterTransition;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Approves or signs many letters at once from the queues: each letter goes through the same single-letter
 * transition, in a transaction of its own, with the same rules and the same audit entry; one refused letter
 * does not stop the others. To sign, the caller's password (when the organisation asks for it) is confirmed
 * once for all the letters.
 */
@Service
class BulkTransitions {

	/** The most letters one bulk action takes: a queue's page. */
	static final int MAX_LETTERS = Queues.LIMIT;

	private final Transitions transitions;

	BulkTransitions(Transitions transitions) {
		this.transitions = transitions;
	}

	BulkOutcome approve(Caller caller, @Nullable List<UUID> letterIds, @Nullable String comment) {
		Permission.READ_LETTERS.require(caller);
		return perform(caller, checked(letterIds), LetterTransition.APPROVE, comment);
	}

	BulkOutcome sign(Caller caller, @Nullable List<UUID> letterIds, @Nullable String comment,
			@Nullable String password) {
		Permission.SIGN_LETTERS.require(caller);
		List<UUID> letters = checked(letterIds);
		transitions.confirmSigner(caller, password);
		return perform(caller, letters, LetterTransition.SIGN, comment);
	}

	private BulkOutcome perform(Caller caller, List<UUID> letters, LetterTransition transition,
			@Nullable String comment) {
		if (comment != null && comment.strip().length() > Transitions.MAX_COMMENT) {
			throw new KatibException(ProblemType.VALIDATION_FAILED,
					"A comment may have at most " + Transitions.MAX_COMMENT + " characters.", Map.of("field", "comment"));
		}
		List<BulkOutcome.Item> outcomes = new ArrayList<>();
		for (UUID letterId : letters) {
			try {
				TransitionOutcome moved = transitions.performConfirmed(caller, letterId, transition, comment);
				outcomes.add(BulkOutcome.Item.done(letterId, moved.status(), moved.number()));
			}
			catch (KatibException refused) {
				outcomes.add(BulkOutcome.Item.refused(letterId, refused));
			}
		}
		return BulkOutcome.of(outcomes);
	}

	/** The letters once each, in the order given: at least one and at most a queue's page. */
	static List<UUID> checked(@Nullable List<UUID> letterIds) {
		if (letterIds == null || letterIds.isEmpty()) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, "Choose at least one letter.",
					Map.of("field", "letterIds"));
		}
		if (letterIds.stream().anyMatch(java.util.Objects::isNull)) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, "Every letter id must be a letter's id.",
					Map.of("field", "letterIds"));
		}
		List<UUID> distinct = List.copyOf(new LinkedHashSet<>(letterIds));
		if (distinct.size() > MAX_LETTERS) {
			throw new KatibException(ProblemType.VALIDATION_FAILED,
					"At most " + MAX_LETTERS + " letters can be handled at once.", Map.of("field", "letterIds"));
		}
		return distinct;
	}
}
