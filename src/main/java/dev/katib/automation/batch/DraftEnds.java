package dev.katib.automation.batch;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.letters.DraftFollower;
import dev.katib.letters.DraftStreams;
import dev.katib.letters.DraftingState;
import dev.katib.letters.LetterView;
import dev.katib.letters.Letters;

/**
 * Waits until a row's letter has its first version or has failed, so that a run holds one model call per
 * place of its concurrency and no more. It follows the drafting as the letter's page does, and looks at the
 * stored letter now and then, for a drafting that a restart handed to the event publication registry.
 */
@Component
class DraftEnds {

	private static final Duration LOOK_AGAIN = Duration.ofSeconds(5);

	private final DraftStreams streams;
	private final Letters letters;

	DraftEnds(DraftStreams streams, Letters letters) {
		this.streams = streams;
		this.letters = letters;
	}

	/** The letter once its drafting has ended, or as it is when {@code atMost} has passed. */
	LetterView awaitEnd(Caller writer, LetterView letter, Duration atMost) {
		long deadline = System.nanoTime() + atMost.toNanos();
		LetterView current = letter;
		while (current.drafting() == DraftingState.WRITING && System.nanoTime() < deadline) {
			CompletableFuture<Void> ended = new CompletableFuture<>();
			streams.follow(writer, current.id(), new DraftFollower() {
				@Override
				public boolean send(String event, Object data) {
					return !ended.isDone();
				}

				@Override
				public void complete() {
					ended.complete(null);
				}
			});
			try {
				ended.get(Math.min(LOOK_AGAIN.toNanos(), Math.max(1, deadline - System.nanoTime())), TimeUnit.NANOSECONDS);
			}
			catch (TimeoutException notYet) {
				// looked at again below: the drafting may run in another process
			}
			catch (ExecutionException impossible) {
				throw new IllegalStateException(impossible.getCause());
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return current;
			}
			current = letters.letter(writer, current.id());
		}
		return current;
	}
}
