package dev.katib.ai.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import dev.katib.ai.AiProblems;
import dev.katib.ai.CallOutcome;
import dev.katib.ai.ModelCallCompleted;
import dev.katib.ai.ModelCallException;
import dev.katib.ai.ModelGateway;
import dev.katib.ai.ModelRequest;
import dev.katib.ai.ModelResult;
import dev.katib.ai.OfflineResponder;
import dev.katib.ai.TokenUsage;
import dev.katib.ai.ToolAnswer;
import dev.katib.ai.ToolRequest;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;

/**
 * The gateway every call goes through, whatever the provider: it limits the prompt, validates the
 * answer, measures the call and reports it exactly once.
 */
public final class ModelGatewayService implements ModelGateway {

	private static final Logger log = LoggerFactory.getLogger(ModelGatewayService.class);

	private final ModelProvider provider;
	private final OutputReader reader;
	private final CallMetrics metrics;
	private final CallEvents events;
	private final Clock clock;
	private final long maxPromptCharacters;

	public ModelGatewayService(ModelProvider provider, OutputReader reader, CallMetrics metrics, CallEvents events,
			Clock clock, long maxPromptCharacters) {
		this.provider = provider;
		this.reader = reader;
		this.metrics = metrics;
		this.events = events;
		this.clock = clock;
		this.maxPromptCharacters = maxPromptCharacters;
	}

	@Override
	public <T> ModelResult<T> generate(ModelRequest<T> request) {
		return call(request, null);
	}

	@Override
	public <T> ModelResult<T> stream(ModelRequest<T> request, Consumer<String> chunks) {
		return call(request, chunks);
	}

	@Override
	public boolean offline() {
		return OfflineResponder.PROVIDER.equals(provider.name());
	}

	private <T> ModelResult<T> call(ModelRequest<T> request, @Nullable Consumer<String> chunks) {
		if (request.promptLength() > maxPromptCharacters) {
			throw new KatibException(AiProblems.PROMPT_TOO_LARGE, "The prompt has " + request.promptLength()
					+ " characters; at most " + maxPromptCharacters + " are sent to the model.");
		}
		UUID callId = Ids.newId(clock);
		try (MDC.MDCCloseable tenant = MDC.putCloseable("tenantId", request.attribution().tenantId().toString());
				MDC.MDCCloseable id = MDC.putCloseable("modelCallId", callId.toString())) {
			return measured(request, chunks, callId);
		}
	}

	/** Asks the provider and validates its answer, reporting the call however it ends. */
	private <T> ModelResult<T> measured(ModelRequest<T> request, @Nullable Consumer<String> chunks, UUID callId) {
		long started = System.nanoTime();
		String model = provider.model();
		TokenUsage usage = TokenUsage.NONE;
		CallOutcome outcome = CallOutcome.UNAVAILABLE;
		try {
			ProviderAnswer answer = provider.answer(request, chunks == null ? null : timed(chunks, started));
			model = answer.model();
			usage = answer.usage();
			if (answer.refusal() != null) {
				throw new ModelCallException(CallOutcome.REFUSED, "The model declined to answer: "
						+ abbreviate(answer.refusal()));
			}
			T output = reader.read(answer.json(), request);
			outcome = CallOutcome.SUCCEEDED;
			return new ModelResult<>(callId, output, answer.json(), provider.name(), model, usage, since(started));
		}
		catch (ModelCallException ex) {
			outcome = ex.outcome();
			throw ex;
		}
		catch (CallerStoppedListening ex) {
			outcome = CallOutcome.ABANDONED;
			throw ex.getCause();
		}
		finally {
			Duration latency = since(started);
			metrics.completed(provider.name(), model, outcome, latency, usage);
			report(new ModelCallCompleted(callId, request.attribution(), request.task(), provider.name(), model, usage,
					latency, outcome, clock.instant()));
		}
	}

	@Override
	public ToolAnswer converse(ToolRequest request, @Nullable Consumer<String> chunks) {
		if (request.promptLength() > maxPromptCharacters) {
			throw new KatibException(AiProblems.PROMPT_TOO_LARGE, "The conversation has " + request.promptLength()
					+ " characters; at most " + maxPromptCharacters + " are sent to the model.");
		}
		UUID callId = Ids.newId(clock);
		try (MDC.MDCCloseable tenant = MDC.putCloseable("tenantId", request.attribution().tenantId().toString());
				MDC.MDCCloseable id = MDC.putCloseable("modelCallId", callId.toString())) {
			return measuredTurn(request, chunks, callId);
		}
	}

	/** Asks the provider for the conversation's next step, reporting the call however it ends. */
	private ToolAnswer measuredTurn(ToolRequest request, @Nullable Consumer<String> chunks, UUID callId) {
		long started = System.nanoTime();
		String model = provider.model();
		TokenUsage usage = TokenUsage.NONE;
		CallOutcome outcome = CallOutcome.UNAVAILABLE;
		try {
			ProviderToolAnswer answer = provider.converse(request, chunks == null ? null : timed(chunks, started));
			model = answer.model();
			usage = answer.usage();
			outcome = CallOutcome.SUCCEEDED;
			return new ToolAnswer(callId, answer.text(), answer.toolCalls(), provider.name(), model, usage,
					since(started));
		}
		catch (ModelCallException ex) {
			outcome = ex.outcome();
			throw ex;
		}
		catch (CallerStoppedListening ex) {
			outcome = CallOutcome.ABANDONED;
			throw ex.getCause();
		}
		finally {
			Duration latency = since(started);
			metrics.completed(provider.name(), model, outcome, latency, usage);
			report(new ModelCallCompleted(callId, request.attribution(), request.task(), provider.name(), model, usage,
					latency, outcome, clock.instant()));
		}
	}

	private Consumer<String> timed(Consumer<String> chunks, long started) {
		AtomicBoolean first = new AtomicBoolean(true);
		return chunk -> {
			if (first.compareAndSet(true, false)) {
				metrics.firstToken(provider.name(), provider.model(), since(started));
			}
			try {
				chunks.accept(chunk);
			}
			catch (RuntimeException ex) {
				throw new CallerStoppedListening(ex);
			}
		};
	}

	private void report(ModelCallCompleted event) {
		try {
			events.completed(event);
		}
		catch (RuntimeException ex) {
			log.error("Could not record model call {} of tenant {}", event.callId(), event.attribution().tenantId(),
					ex);
		}
	}

	private static Duration since(long started) {
		return Duration.ofNanos(System.nanoTime() - started);
	}

	private static String abbreviate(String text) {
		return text.length() <= 300 ? text : text.substring(0, 300) + "…";
	}
}
