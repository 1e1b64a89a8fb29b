package dev.katib.letters;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Streams the drafting of letters to the browsers and API clients that follow it, as Server-Sent Events:
 * {@code chunk} (a piece of the model's JSON text as it arrives), {@code repairing} (the answer broke the rules
 * and the model is asked once more: what was streamed so far no longer counts), {@code version} (the letter's
 * JSON once its first version is stored) and {@code failed} (a problem detail). A client that arrives late gets
 * what was written so far at once; one that arrives after the end gets {@code version} or {@code failed} and
 * the stream completes.
 */
@Component
public class DraftStreams {

	private static final Logger log = LoggerFactory.getLogger(DraftStreams.class);

	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	private final Map<UUID, LiveDraft> live = new ConcurrentHashMap<>();
	private final LetterRecords records;
	private final LetterViews views;

	DraftStreams(LetterRecords records, LetterViews views) {
		this.records = records;
		this.views = views;
	}

	/**
	 * Follows the drafting of the caller's organisation's letter.
	 *
	 * @throws KatibException forbidden without {@link Permission#READ_LETTERS}; not found when the organisation
	 *         has no such letter
	 */
	public SseEmitter follow(Caller caller, UUID letterId) {
		if (!Permission.READ_LETTERS.isGrantedTo(caller.roles())) {
			throw new KatibException(ProblemType.FORBIDDEN, "Your roles do not allow this.",
					Map.of("permission", Permission.READ_LETTERS.name()));
		}
		LetterRecord letter = records.find(caller.tenantId(), letterId)
			.orElseThrow(() -> KatibException.notFound("The letter"));
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		LiveDraft draft = live.get(letterId);
		if (draft != null && draft.tenantId.equals(caller.tenantId()) && draft.join(emitter)) {
			return emitter;
		}
		// not live, or it ended while we looked: the stored letter says how it ended
		LetterRecord ended = records.find(caller.tenantId(), letterId).orElse(letter);
		switch (ended.drafting()) {
			case DONE -> finish(emitter, "version", views.of(ended));
			case FAILED -> finish(emitter, "failed", views.of(ended).problem());
			case WRITING -> finish(emitter, "failed", ProblemJson.of(new KatibException(
					LetterProblems.DRAFTING_INTERRUPTED, "Drafting of this letter stopped before it ended. Start a "
							+ "new letter.")));
		}
		return emitter;
	}

	/** Drafting of the letter begins: from now on followers are kept until it ends. */
	void opened(UUID tenantId, UUID letterId) {
		live.put(letterId, new LiveDraft(tenantId));
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

	/** The first version is stored: followers get the letter and their streams complete. */
	void drafted(UUID letterId, LetterView letter) {
		LiveDraft draft = live.remove(letterId);
		if (draft != null) {
			draft.end("version", letter);
		}
	}

	void failed(UUID letterId, Map<String, Object> problem) {
		LiveDraft draft = live.remove(letterId);
		if (draft != null) {
			draft.end("failed", problem);
		}
	}

	/**
	 * The text as event data that every client reads back unchanged: a client drops one space after
	 * {@code data:}, so each line gets one; line ends are made plain line feeds, which split data lines.
	 */
	static String text(String text) {
		return " " + text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\n ");
	}

	private static void finish(SseEmitter emitter, String event, Object data) {
		try {
			emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
			emitter.complete();
		}
		catch (IOException | IllegalStateException gone) {
			emitter.completeWithError(gone);
		}
	}

	/** One letter being drafted: what was streamed so far and who follows it. */
	private static final class LiveDraft {

		private final UUID tenantId;
		private final StringBuilder written = new StringBuilder();
		private final List<SseEmitter> followers = new CopyOnWriteArrayList<>();
		private boolean ended;

		LiveDraft(UUID tenantId) {
			this.tenantId = tenantId;
		}

		/** Adds a follower and sends it what was written so far; false when drafting already ended. */
		synchronized boolean join(SseEmitter emitter) {
			if (ended) {
				return false;
			}
			if (!written.isEmpty() && !send(emitter, SseEmitter.event().name("chunk").data(text(written.toString())))) {
				return true;
			}
			followers.add(emitter);
			Runnable leave = () -> leave(emitter);
			emitter.onCompletion(leave);
			emitter.onTimeout(leave);
			emitter.onError(error -> leave(emitter));
			return true;
		}

		synchronized void chunk(String text) {
			written.append(text);
			followers.removeIf(emitter -> !send(emitter, SseEmitter.event().name("chunk").data(text(text))));
		}

		synchronized void repairing(String reason) {
			written.setLength(0);
			followers.removeIf(emitter -> !send(emitter, SseEmitter.event().name("repairing").data(text(reason))));
		}

		synchronized void end(String event, Object data) {
			ended = true;
			for (SseEmitter emitter : followers) {
				if (send(emitter, SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON))) {
					emitter.complete();
				}
			}
			followers.clear();
		}

		private synchronized void leave(SseEmitter emitter) {
			followers.remove(emitter);
		}

		/** Sends, and says whether the follower is still there; a follower who left never stops the drafting. */
		private static boolean send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
			try {
				emitter.send(event);
				return true;
			}
			catch (IOException | IllegalStateException gone) {
				log.debug("A follower of a draft left: {}", gone.getMessage());
				emitter.completeWithError(gone);
				return false;
			}
		}
	}
}
