package dev.katib.assistant.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.katib.ai.ModelGateway;
import dev.katib.ai.ToolAnswer;
import dev.katib.ai.ToolRequest;

/**
 * One model call of a turn that the member can stop at any moment, even while the model thinks before its first
 * word: the call runs on a virtual thread of its own while the turn looks, every quarter second, whether the member
 * asked to stop. A stopped call is abandoned: its stream is cut at its next piece, and nothing it says reaches the
 * member.
 */
final class StoppableCall {

	private static final long LOOK_MILLIS = 250;

	private StoppableCall() {
	}

	/**
	 * Asks the model for the turn's next step, handing each piece of its text to {@code text} and to {@code said}.
	 *
	 * @throws Stopped when the member asked to stop; {@code said} then holds what the model had said
	 */
	static ToolAnswer converse(ModelGateway gateway, ToolRequest request, TurnListener text, StringBuffer said) {
		AtomicBoolean abandoned = new AtomicBoolean();
		CompletableFuture<ToolAnswer> call = CompletableFuture.supplyAsync(() -> gateway.converse(request, piece -> {
			if (abandoned.get() || text.stopRequested()) {
				throw new Stopped();
			}
			said.append(piece);
			text.accept(piece);
		}), task -> Thread.ofVirtual().name("assistant-model-call").start(task));
		while (true) {
			try {
				return call.get(LOOK_MILLIS, TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException thinking) {
				if (text.stopRequested()) {
					abandoned.set(true);
					throw new Stopped();
				}
			}
			catch (ExecutionException failed) {
				throw failed.getCause() instanceof RuntimeException cause ? cause
						: new IllegalStateException("The model call failed", failed.getCause());
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				abandoned.set(true);
				throw new IllegalStateException("The turn was interrupted", interrupted);
			}
		}
	}

	/** The member stopped the turn during the model call. */
	static final class Stopped extends RuntimeException {

		Stopped() {
			super("The member stopped the turn", null, false, false);
		}
	}
}
