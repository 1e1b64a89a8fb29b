package dev.katib.knowledge;

import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Optimistic locking of the knowledge rows several administrators edit: a change names the version its author
 * saw, and a change based on an older one, or racing another, is refused with {@code conflict}.
 */
final class RowVersions {

	private RowVersions() {
	}

	/** @throws KatibException conflict when the author saw another version than the stored one */
	static void requireSeen(@Nullable Long seen, long stored, String what) {
		if (seen != null && seen != stored) {
			throw stale(what, stored);
		}
	}

	/** Runs the update, which Spring Data JDBC refuses when another change stored the row meanwhile. */
	static <T> T updated(Supplier<T> update, String what) {
		try {
			return update.get();
		}
		catch (OptimisticLockingFailureException raced) {
			// the other change's version is not known here; the reload the message asks for shows it
			throw new KatibException(ProblemType.CONFLICT, message(what));
		}
	}

	private static KatibException stale(String what, long current) {
		return new KatibException(ProblemType.CONFLICT, message(what), Map.of("currentVersion", current));
	}

	private static String message(String what) {
		return "Someone else changed " + what + " meanwhile; reload it to see their change, then make yours again.";
	}
}
