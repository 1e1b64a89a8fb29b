package dev.katib.letters.chat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.katib.accounts.Caller;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Carries out a chat instruction while streaming it as Server-Sent Events: {@code chunk} for each piece of the
 * model's answer, then {@code version} with the reply (message, summary, version, suggestion), or {@code failed}
 * with a problem detail. Used by the API and by the letter page alike.
 */
@Component
class ChatStreams {

	private static final Logger log = LoggerFactory.getLogger(ChatStreams.class);

	/** Long enough for a slow model and its repair attempt. */
	private static final long TIMEOUT_MILLIS = 5 * 60 * 1000L;

	private final LetterChat chat;

	ChatStreams(LetterChat chat) {
		this.chat = chat;
	}

	SseEmitter instruct(Caller caller, UUID letterId, String instruction, @Nullable Integer basedOn) {
		var emitter = new SseEmitter(TIMEOUT_MILLIS);
		Thread.ofVirtual().name("chat-" + letterId).start(() -> {
			try {
				ChatReply reply = chat.instruct(caller, letterId, instruction, basedOn,
						chunk -> send(emitter, "chunk", chunk, MediaType.TEXT_PLAIN));
				send(emitter, "version", reply, MediaType.APPLICATION_JSON);
				emitter.complete();
			}
			catch (KatibException ex) {
				failed(emitter, ex.type(), ex.getMessage(), ex.properties());
			}
			catch (ClientGone gone) {
				emitter.complete();
			}
			catch (RuntimeException ex) {
				log.error("The chat on letter {} of tenant {} failed", letterId, caller.tenantId(), ex);
				failed(emitter, ProblemType.INTERNAL_ERROR, "The instruction could not be carried out.", Map.of());
			}
		});
		return emitter;
	}

	private static void failed(SseEmitter emitter, ProblemType type, @Nullable String detail,
			Map<String, Object> properties) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", type.uri().toString());
		problem.put("title", type.title());
		problem.put("status", type.status().value());
		problem.put("detail", detail == null ? type.title() + "." : detail);
		problem.putAll(properties);
		try {
			send(emitter, "failed", problem, MediaType.APPLICATION_JSON);
			emitter.complete();
		}
		catch (ClientGone gone) {
			emitter.complete();
		}
	}

	private static void send(SseEmitter emitter, String event, Object data, MediaType type) {
		try {
			emitter.send(SseEmitter.event().name(event).data(data, type));
		}
		catch (IOException | IllegalStateException ex) {
			throw new ClientGone(ex);
		}
	}

	/** The client stopped listening; the work already done stands. */
	private static final class ClientGone extends RuntimeException {

		ClientGone(Exception cause) {
			super(cause);
		}
	}
}
