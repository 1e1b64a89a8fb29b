package dev.katib.assistant.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.ai.ChatMessage;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;

/**
 * Each member's conversations with the assistant: started, listed, renamed and deleted by their owner only (another
 * member, even an administrator, finds none of them), and continued a turn at a time through the {@link ToolLoop},
 * the turn's messages kept (the question, the answers with their tool calls, the tools' results).
 */
@Service
public class Conversations {

	/** The most conversations a list holds, newest first. */
	static final int MAX_LISTED = 100;

	/** A turn marked as running longer than this is taken as lost with its instance: longer than a turn's budget. */
	static final java.time.Duration STALE_TURN = java.time.Duration.ofMinutes(5);

	private static final long STOP_LOOK_NANOS = 250_000_000L;

	private final ConversationStore store;
	private final ToolLoop loop;
	private final Clock clock;

	Conversations(ConversationStore store, ToolLoop loop, Clock clock) {
		this.store = store;
		this.loop = loop;
		this.clock = clock;
	}

	public Conversation start(Caller caller, String title) {
		Permission.READ_LETTERS.require(caller);
		UUID id = Ids.newId(clock);
		store.insert(caller.tenantId(), caller.userId(), id, title(title), clock.instant());
		return find(caller, id);
	}

	public List<Conversation> list(Caller caller) {
		return store.list(caller.tenantId(), caller.userId(), MAX_LISTED);
	}

	public Conversation rename(Caller caller, UUID id, String title) {
		if (!store.rename(caller.tenantId(), caller.userId(), id, title(title), clock.instant())) {
			throw KatibException.notFound("The conversation");
		}
		return find(caller, id);
	}

	public void delete(Caller caller, UUID id) {
		if (!store.delete(caller.tenantId(), caller.userId(), id)) {
			throw KatibException.notFound("The conversation");
		}
	}

	public List<ChatMessage> messages(Caller caller, UUID id) {
		find(caller, id);
		return store.messages(caller.tenantId(), id);
	}

	/** Asks the question in the conversation and keeps the turn's messages, whatever its outcome. */
	public TurnOutcome ask(Caller caller, UUID id, String question, TurnListener text) {
		List<ChatMessage> before = messages(caller, id);
		if (!before.isEmpty() && before.getLast() instanceof ChatMessage.Assistant waiting
				&& !waiting.toolCalls().isEmpty()) {
			throw new KatibException(dev.katib.platform.ProblemType.CONFLICT,
					"Tool calls wait for a confirmation; confirm or decline them first.");
		}
		if (question.isBlank() || question.length() > 4_000) {
			throw KatibException.invalidField("question", "must hold 1 to 4000 characters");
		}
		List<ChatMessage> asked = new java.util.ArrayList<>(before);
		asked.add(new ChatMessage.User(question.strip()));
		return running(caller, id, before.size(), watching -> loop.turn(caller, asked, ToolLoop.Budget.DEFAULT,
				watching.listening(text)));
	}

	/** Confirms (or declines) the calls the conversation's last answer waits on, and goes on with the turn. */
	public TurnOutcome confirm(Caller caller, UUID id, boolean confirmed, TurnListener text) {
		List<ChatMessage> before = messages(caller, id);
		if (before.isEmpty()) {
			throw new KatibException(dev.katib.platform.ProblemType.CONFLICT, "No tool call waits for a confirmation.");
		}
		return running(caller, id, before.size(), watching -> loop.confirm(caller, before, confirmed,
				ToolLoop.Budget.DEFAULT, watching.listening(text)));
	}

	/**
	 * Asks the turn running in the conversation to stop; it ends within a moment, keeping what the model said so far,
	 * marked as stopped.
	 *
	 * @throws KatibException {@code not-found} for another member's conversation; {@code conflict} when no turn runs
	 */
	public void stop(Caller caller, UUID id) {
		find(caller, id);
		if (!store.requestStop(caller.tenantId(), caller.userId(), id)) {
			throw new KatibException(dev.katib.platform.ProblemType.CONFLICT, "No turn is running in this conversation.");
		}
	}

	/** The positions (in {@link #messages}) of the answers the member stopped. */
	public java.util.Set<Integer> stopped(Caller caller, UUID id) {
		find(caller, id);
		return store.stopped(caller.tenantId(), id);
	}

	/** Runs a turn marked as running on its conversation (one at a time), then keeps its messages. */
	private TurnOutcome running(Caller caller, UUID id, int kept,
			java.util.function.Function<StopWatch, TurnOutcome> turn) {
		java.time.Instant now = clock.instant();
		if (!store.beginTurn(caller.tenantId(), caller.userId(), id, now, now.minus(STALE_TURN))) {
			throw new KatibException(dev.katib.platform.ProblemType.CONFLICT,
					"A turn is already running in this conversation; wait for it or stop it.");
		}
		try {
			TurnOutcome outcome = turn.apply(new StopWatch(caller, id));
			List<ChatMessage> transcript = outcome.transcript();
			boolean stopped = outcome instanceof TurnOutcome.Stopped ended
					&& ended.reason() == TurnOutcome.Reason.MEMBER_STOPPED;
			find(caller, id); // the member may have deleted it while the turn ran
			store.append(caller.tenantId(), id, kept, transcript.subList(kept, transcript.size()), stopped,
					clock.instant());
			return outcome;
		}
		finally {
			store.endTurn(caller.tenantId(), id);
		}
	}

	/**
	 * Tells a turn whether its member asked it to stop, looking in the database at most every quarter second. The turn
	 * and its model call (on another thread) both ask.
	 */
	private final class StopWatch {

		private final Caller caller;
		private final UUID id;
		private long lastLook = System.nanoTime() - STOP_LOOK_NANOS;
		private boolean stop;
		private final Object lock = new Object();

		StopWatch(Caller caller, UUID id) {
			this.caller = caller;
			this.id = id;
		}

		TurnListener listening(TurnListener text) {
			return new TurnListener() {
				@Override
				public void accept(String piece) {
					text.accept(piece);
				}

				@Override
				public void started(dev.katib.ai.ToolCall call) {
					text.started(call);
				}

				@Override
				public void finished(dev.katib.ai.ToolCall call, String result) {
					text.finished(call, result);
				}

				@Override
				public boolean stopRequested() {
					return stopRequestedNow() || text.stopRequested();
				}
			};
		}

		private boolean stopRequestedNow() {
			synchronized (lock) {
				long now = System.nanoTime();
				if (!stop && now - lastLook >= STOP_LOOK_NANOS) {
					lastLook = now;
					stop = store.stopRequested(caller.tenantId(), id);
				}
				return stop;
			}
		}
	}

	private Conversation find(Caller caller, UUID id) {
		return store.find(caller.tenantId(), caller.userId(), id)
			.orElseThrow(() -> KatibException.notFound("The conversation"));
	}

	private static String title(String title) {
		String stripped = title.strip();
		if (stripped.isEmpty() || stripped.length() > 200) {
			throw KatibException.invalidField("title", "must hold 1 to 200 characters");
		}
		return stripped;
	}
}
