package dev.katib.assistant.web;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.katib.ai.ToolCall;
import dev.katib.assistant.internal.TurnListener;
import dev.katib.assistant.internal.TurnOutcome;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/** Runs one turn on a virtual thread and sends what it tells as server-sent events, ending the stream after it. */
final class TurnStream implements TurnListener {

	private static final Logger LOG = LoggerFactory.getLogger(TurnStream.class);

	/** Longer than a turn's own time budget, so the turn ends the stream, not the server. */
	static final Duration TIMEOUT = Duration.ofMinutes(3);

	private final SseEmitter emitter;
	private volatile boolean gone;

	private TurnStream(SseEmitter emitter) {
		this.emitter = emitter;
	}

	static SseEmitter start(UUID conversation, Function<TurnListener, TurnOutcome> turn) {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		TurnStream stream = new TurnStream(emitter);
		emitter.onError(failure -> stream.gone = true);
		emitter.onTimeout(() -> stream.gone = true);
		Thread.ofVirtual().name("assistant-turn-" + conversation).start(() -> stream.run(conversation, turn));
		return emitter;
	}

	private void run(UUID conversation, Function<TurnListener, TurnOutcome> turn) {
		try {
			TurnOutcome outcome = turn.apply(this);
			if (outcome instanceof TurnOutcome.NeedsConfirmation waiting) {
				waiting.calls().forEach(call -> send("tool-waiting", call));
			}
			send("end", TurnView.of(outcome));
		}
		catch (KatibException refused) {
			send("problem", problem(refused.type(), refused.getMessage(), conversation, refused.properties()));
		}
		catch (RuntimeException failed) {
			LOG.error("A streamed turn of the assistant failed", failed);
			send("problem", problem(ProblemType.INTERNAL_ERROR, "The turn failed; try again.", conversation, Map.of()));
		}
		emitter.complete();
	}

	@Override
	public void accept(String text) {
		send("text", Map.of("text", text));
	}

	@Override
	public void started(ToolCall call) {
		send("tool-started", call);
	}

	@Override
	public void finished(ToolCall call, String result) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("id", call.id());
		body.put("name", call.name());
		body.put("result", result);
		send("tool-finished", body);
	}

	private void send(String name, Object data) {
		if (gone) {
			return;
		}
		try {
			emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
		}
		catch (IOException | IllegalStateException closed) {
			gone = true;
		}
	}

	private static ProblemDetail problem(ProblemType type, String detail, UUID conversation,
			Map<String, Object> properties) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
		problem.setType(type.uri());
		problem.setTitle(type.title());
		problem.setInstance(URI.create("/api/v1/assistant/conversations/" + conversation));
		properties.forEach(problem::setProperty);
		return problem;
	}
}
