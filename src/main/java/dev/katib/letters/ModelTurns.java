package dev.katib.letters;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The model calls of letters drafted {@link DraftingTurn#IN_TURN}: at most {@code KATIB_AI_CONCURRENCY} at once in
 * this process, handed out in the order asked.
 */
@Component
class ModelTurns {

	private final Semaphore turns;

	ModelTurns(@Value("${katib.letters.model-calls-in-turn}") int calls) {
		if (calls < 1 || calls > 64) {
			throw new IllegalArgumentException("KATIB_AI_CONCURRENCY must be between 1 and 64, not " + calls);
		}
		this.turns = new Semaphore(calls, true);
	}

	/** Runs the call in its turn when asked to, else at once. */
	<T> T call(@Nullable DraftingTurn turn, Supplier<T> call) {
		if (turn != DraftingTurn.IN_TURN) {
			return call.get();
		}
		turns.acquireUninterruptibly();
		try {
			return call.get();
		}
		finally {
			turns.release();
		}
	}
}
