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
		return kept(caller, id, before.size(), loop.turn(caller, asked, ToolLoop.Budget.DEFAULT, text));
	}

	/** Confirms (or declines) the calls the conversation's last answer waits on, and goes on with the turn. */
	public TurnOutcome confirm(Caller caller, UUID id, boolean confirmed, TurnListener text) {
		List<ChatMessage> before = messages(caller, id);
		if (before.isEmpty()) {
			throw new KatibException(dev.katib.platform.ProblemType.CONFLICT, "No tool call waits for a confirmation.");
		}
		return kept(caller, id, before.size(), loop.confirm(caller, before, confirmed, ToolLoop.Budget.DEFAULT, text));
	}

	private TurnOutcome kept(Caller caller, UUID id, int kept, TurnOutcome outcome) {
		List<ChatMessage> transcript = outcome.transcript();
		store.append(caller.tenantId(), id, kept, transcript.subList(kept, transcript.size()), clock.instant());
		return outcome;
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
