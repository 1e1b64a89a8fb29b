package dev.katib.letters.content;

import java.util.List;

/**
 * The outcome of reading or checking something a model (or a person) produced: accepted with its value, or
 * rejected with the violations a repair prompt can quote. Callers must handle both.
 *
 * @param <T> what is accepted
 */
public sealed interface Verdict<T> {

	/** Accepted, with no violation. */
	record Accepted<T>(T value) implements Verdict<T> {
	}

	/** Rejected, with at least one violation. */
	record Rejected<T>(List<Violation> violations) implements Verdict<T> {

		public Rejected {
			if (violations.isEmpty()) {
				throw new IllegalArgumentException("a rejection names at least one violation");
			}
			violations = List.copyOf(violations);
		}
	}

	/** The violations; empty when accepted. */
	default List<Violation> violations() {
		return switch (this) {
			case Accepted<T> _ -> List.of();
			case Rejected<T> rejected -> rejected.violations();
		};
	}
}
