package dev.katib.letters.web;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.katib.accounts.Caller;
import dev.katib.letters.DraftFollower;
import dev.katib.letters.DraftStreams;

/** The drafting of a letter as Server-Sent Events, for the API and the letter page's preview alike. */
final class DraftEvents implements DraftFollower {

	private static final Logger log = LoggerFactory.getLogger(DraftEvents.class);

	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	private final SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());

	private DraftEvents() {
	}

	static SseEmitter follow(DraftStreams streams, Caller caller, UUID letterId) {
		var events = new DraftEvents();
		streams.follow(caller, letterId, events);
		return events.emitter;
	}

	@Override
	public boolean send(String event, Object data) {
		try {
			if (data instanceof String text) {
				emitter.send(SseEmitter.event().name(event).data(text));
			}
			else {
				emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
			}
			return true;
		}
		catch (IOException | IllegalStateException gone) {
			log.debug("A follower of a draft left: {}", gone.getMessage());
			emitter.completeWithError(gone);
			return false;
		}
	}

	@Override
	public void complete() {
		emitter.complete();
	}
}
