package dev.katib.letters.chat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * The instructions of this process whose member waits for the answer: the pieces of the model's answer go to
 * them as they come, then the reply or the problem. A member who stops waiting changes nothing: the revision
 * is carried out all the same and the chat keeps its answer.
 */
@Component
class PendingRevisions {

	private static final Logger log = LoggerFactory.getLogger(PendingRevisions.class);

	private final Map<UUID, Pending> pending = new ConcurrentHashMap<>();

	/** Someone waits for the answer to this instruction. */
	void expect(UUID instructionId, Consumer<String> chunks) {
		pending.put(instructionId, new Pending(new CompletableFuture<>(), chunks));
	}

	void chunk(UUID instructionId, String chunk) {
		Pending waiting = pending.get(instructionId);
		if (waiting == null) {
			return;
		}
		try {
			waiting.chunks().accept(chunk);
		}
		catch (RuntimeException gone) {
			log.debug("The member stopped following the revision {}: {}", instructionId, gone.getMessage());
			pending.computeIfPresent(instructionId, (id, found) -> new Pending(found.result(), piece -> {
			}));
		}
	}

	void done(UUID instructionId, ChatReply reply) {
		Pending waiting = pending.remove(instructionId);
		if (waiting != null) {
			waiting.result().complete(reply);
		}
	}

	void failed(UUID instructionId, KatibException problem) {
		Pending waiting = pending.remove(instructionId);
		if (waiting != null) {
			waiting.result().completeExceptionally(problem);
		}
	}

	void forget(UUID instructionId) {
		pending.remove(instructionId);
	}

	/**
	 * The reply to the instruction, once the revision is carried out.
	 *
	 * @throws KatibException what the revision ended with; {@code service-unavailable} when it takes longer than
	 *         the member is kept waiting (the chat shows its answer when it comes)
	 */
	ChatReply await(UUID instructionId, Duration timeout) {
		Pending waiting = pending.get(instructionId);
		if (waiting == null) {
			throw new IllegalStateException("Nobody waits for the revision " + instructionId);
		}
		try {
			return waiting.result().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ended) {
			if (ended.getCause() instanceof KatibException problem) {
				throw problem;
			}
			throw new IllegalStateException("The revision " + instructionId + " failed", ended.getCause());
		}
		catch (TimeoutException | InterruptedException late) {
			if (late instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			pending.remove(instructionId);
			throw new KatibException(ProblemType.SERVICE_UNAVAILABLE,
					"The change is still being written; its answer will appear in the chat.");
		}
	}

	private record Pending(CompletableFuture<ChatReply> result, Consumer<String> chunks) {
	}
}
