package dev.katib.letters;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.platform.KatibException;

/**
 * Hands the drafting of letters to those who follow it as it happens, in this process: what was written so far
 * at once to a late follower, then every piece as it comes, then the stored letter or the problem. A follower of a
 * letter whose drafting already ended gets its end at once. Drafting itself survives a restart (it runs in a
 * listener of the event publication registry); its followers are those of the process that drafts.
 */
@Component
public class DraftStreams {

	private final Map<UUID, LiveDraft> live = new ConcurrentHashMap<>();
	private final LetterStore store;
	private final LetterViews views;

	DraftStreams(LetterStore store, LetterViews views) {
		this.store = store;
		this.views = views;
	}

	/**
	 * Follows the drafting of the caller's organisation's letter.
	 *
	 * @throws KatibException forbidden without {@link Permission#READ_LETTERS}; not found when the organisation
	 *         has no such letter
	 */
	public void follow(Caller caller, UUID letterId, DraftFollower follower) {
		Permission.READ_LETTERS.require(caller);
		Letter letter = store.find(caller.tenantId(), letterId).orElseThrow(() -> KatibException.notFound("The letter"));
		if (letter.drafting() == DraftingState.WRITING && live(letter.tenantId(), letterId).join(follower)) {
			return;
		}
		// it ended, perhaps while we looked: the stored letter says how
		Letter ended = store.find(caller.tenantId(), letterId).orElse(letter);
		if (ended.drafting() == DraftingState.FAILED) {
			end(follower, "failed", views.of(ended).problem());
		}
		else {
			end(follower, "version", views.of(ended));
		}
	}

	/** The drafting of the letter, live in this process from now until it ends. */
	LiveDraft live(UUID tenantId, UUID letterId) {
		return live.computeIfAbsent(letterId, id -> new LiveDraft(tenantId));
	}

	void chunk(UUID letterId, String text) {
		LiveDraft draft = live.get(letterId);
		if (draft != null) {
			draft.chunk(text);
		}
	}

	void repairing(UUID letterId, String reason) {
		LiveDraft draft = live.get(letterId);
		if (draft != null) {
			draft.repairing(reason);
		}
	}

	/** The first version is stored: followers get the letter and are completed. */
	void drafted(UUID letterId, LetterView letter) {
		ended(letterId, "version", letter);
	}

	void failed(UUID letterId, Map<String, Object> problem) {
		ended(letterId, "failed", problem);
	}

	/** Forgets a drafting that will not happen here, e.g. of a letter whose opening was rolled back. */
	void forget(UUID letterId) {
		ended(letterId, "failed", Map.of());
	}

	/**
	 * Waits until the drafting of the letter ends in this process, at most the given time.
	 *
	 * @return whether it ended
	 */
	boolean awaitEnd(UUID letterId, Duration timeout) {
		LiveDraft draft = live.get(letterId);
		if (draft == null) {
			return true;
		}
		try {
			draft.ended.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException | ExecutionException notYet) {
			return false;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void ended(UUID letterId, String event, Object data) {
		LiveDraft draft = live.remove(letterId);
		if (draft != null) {
			draft.end(event, data);
		}
	}

	/**
	 * The text as event data that every client reads back unchanged: a client drops one space after
	 * {@code data:}, so each line gets one; line ends are made plain line feeds, which split data lines.
	 */
	static String text(String text) {
		return " " + text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\n ");
	}

	private static void end(DraftFollower follower, String event, Object data) {
		follower.send(event, data);
		follower.complete();
	}

	/** One letter being drafted: what was written so far and who follows it. */
	static final class LiveDraft {

		private final UUID tenantId;
		private final StringBuilder written = new StringBuilder();
		private final List<DraftFollower> followers = new CopyOnWriteArrayList<>();
		private final CompletableFuture<Void> ended = new CompletableFuture<>();

		LiveDraft(UUID tenantId) {
			this.tenantId = tenantId;
		}

		/** Adds a follower and sends it what was written so far; false when drafting already ended. */
		synchronized boolean join(DraftFollower follower) {
			if (ended.isDone()) {
				return false;
			}
			if (written.isEmpty() || follower.send("chunk", text(written.toString()))) {
				followers.add(follower);
			}
			return true;
		}

		synchronized void leave(DraftFollower follower) {
			followers.remove(follower);
		}

		synchronized void chunk(String text) {
			written.append(text);
			followers.removeIf(follower -> !follower.send("chunk", text(text)));
		}

		synchronized void repairing(String reason) {
			written.setLength(0);
			followers.removeIf(follower -> !follower.send("repairing", text(reason)));
		}

		synchronized void end(String event, Object data) {
			ended.complete(null);
			for (DraftFollower follower : followers) {
				if (follower.send(event, data)) {
					follower.complete();
				}
			}
			followers.clear();
		}

		UUID tenantId() {
			return tenantId;
		}
	}
}
