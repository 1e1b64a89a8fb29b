package dev.katib.ai.internal.openai;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.random.RandomGenerator;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

import dev.katib.ai.CallOutcome;
import dev.katib.ai.ModelCallException;
import dev.katib.ai.ModelRequest;
import dev.katib.ai.ToolRequest;
import dev.katib.ai.internal.AiProperties;
import dev.katib.ai.internal.CallerStoppedListening;
import dev.katib.ai.internal.ModelProvider;
import dev.katib.ai.internal.PromptFence;
import dev.katib.ai.internal.ProviderAnswer;
import dev.katib.ai.internal.ProviderToolAnswer;

/**
 * Any OpenAI-compatible chat-completions server, through Spring AI: JSON-schema structured output,
 * streaming with token usage, retries that honour {@code Retry-After}, and a circuit breaker that
 * fails fast while the server is down.
 */
public final class OpenAiProvider implements ModelProvider {

	public static final String NAME = "openai";

	private static final Logger log = LoggerFactory.getLogger(OpenAiProvider.class);

	private final ChatModel chat;
	private final AiProperties settings;
	private final Retry retry;
	private final CircuitBreaker breaker;
	private final Pause pause;
	private final Clock clock;
	private final RandomGenerator random = RandomGenerator.getDefault();

	OpenAiProvider(ChatModel chat, AiProperties settings, CircuitBreaker breaker, Pause pause, Clock clock) {
		this.chat = chat;
		this.settings = settings;
		this.retry = new RetryPolicy(settings.maxAttempts(), settings.initialBackoff(), settings.maxBackoff(),
				settings.maxRetryAfter()).retry("model-" + settings.modelName(), random);
		this.breaker = breaker;
		this.pause = pause;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String model() {
		return settings.modelName();
	}

	@Override
	public ProviderAnswer answer(ModelRequest<?> request, @Nullable Consumer<String> chunks) {
		Prompt prompt = prompt(request);
		return attempted(answered -> chunks == null ? call(prompt) : stream(prompt, chunks, answered));
	}

	@Override
	public ProviderToolAnswer converse(ToolRequest request, @Nullable Consumer<String> chunks) {
		Prompt prompt = new Prompt(OpenAiToolTurns.messages(request), OpenAiChatOptions.builder()
			.model(settings.model())
			.toolCallbacks(OpenAiToolTurns.definitions(request))
			.parallelToolCalls(true)
			.maxCompletionTokens(settings.maxOutputTokens())
			.streamUsage(true)
			.timeout(settings.requestTimeout())
			.build());
		return attempted(answered -> chunks == null ? toolTurn(prompt) : streamedToolTurn(prompt, chunks, answered));
	}

	/**
	 * One model call with the retry and breaker policy: the same attempts, waits, {@code Retry-After}
	 * and breaker accounting for drafting and for conversations with tools. A streamed answer that has
	 * started is never repeated.
	 */
	private <R> R attempted(Function<AtomicBoolean, R> attempt) {
		Retry.AsyncContext<Object> attempts = retry.asyncContext();
		for (int number = 1;; number++) {
			permit();
			long started = System.nanoTime();
			AtomicBoolean answered = new AtomicBoolean(false);
			try {
				R result = attempt.apply(answered);
				breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
				attempts.onComplete();
				return result;
			}
			catch (CallerStoppedListening stopped) {
				breaker.releasePermission();
				throw stopped;
			}
			catch (RuntimeException thrown) {
				ProviderFailure failure = ProviderFailure.of(thrown, clock);
				long elapsed = System.nanoTime() - started;
				if (failure.countsAgainstProvider()) {
					breaker.onError(elapsed, TimeUnit.NANOSECONDS, thrown);
				}
				else {
					breaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
				}
				long waitMillis = attempts.onError(new RetryPolicy.FailedAttempt(failure, answered.get(), thrown));
				if (waitMillis < 0) {
					log.warn("Model call to {} failed after {} attempt(s): {}", model(), number, failure.description());
					throw new ModelCallException(failure.outcome(), "The language model could not answer: "
							+ failure.description() + ".", List.of(), failure.retryAfter());
				}
				log.info("Model call attempt {} to {} failed ({}); retrying in {} ms", number, model(),
						failure.description(), waitMillis);
				waitFor(Duration.ofMillis(waitMillis));
			}
		}
	}

	private ProviderToolAnswer toolTurn(Prompt prompt) {
		ChatResponse response = chat.call(prompt);
		OpenAiToolTurns.Calls calls = new OpenAiToolTurns.Calls();
		StringBuilder text = new StringBuilder();
		for (Generation generation : response.getResults()) {
			text.append(Responses.text(generation.getOutput()));
			calls.add(generation);
		}
		if (response.getResults().isEmpty()) {
			throw new ModelCallException(CallOutcome.INVALID_OUTPUT, "The language model answered with no choices.");
		}
		return new ProviderToolAnswer(text.toString(), calls.all(), modelOf(response.getMetadata()),
				Responses.usage(response.getMetadata()));
	}

	private ProviderToolAnswer streamedToolTurn(Prompt prompt, Consumer<String> chunks, AtomicBoolean answered) {
		OpenAiToolTurns.Calls calls = new OpenAiToolTurns.Calls();
		Responses.Streamed streamed = new Responses.Streamed(model());
		chat.stream(prompt).doOnNext(response -> streamed.take(response, chunks, answered, calls::add)).blockLast();
		return new ProviderToolAnswer(streamed.text.toString(), calls.all(), streamed.model, streamed.usage);
	}

	private void permit() {
		try {
			breaker.acquirePermission();
		}
		catch (CallNotPermittedException open) {
			throw new ModelCallException(CallOutcome.UNAVAILABLE,
					"The language model is failing; calls are paused for a while to let it recover.", List.of(),
					settings.breakerOpenDuration());
		}
	}

	private ProviderAnswer call(Prompt prompt) {
		ChatResponse response = chat.call(prompt);
		Generation generation = response.getResult();
		if (generation == null) {
			throw new ModelCallException(CallOutcome.INVALID_OUTPUT, "The language model answered with no choices.");
		}
		return new ProviderAnswer(Responses.text(generation.getOutput()), modelOf(response.getMetadata()),
				Responses.usage(response.getMetadata()), Responses.refusal(generation));
	}

	private ProviderAnswer stream(Prompt prompt, Consumer<String> chunks, AtomicBoolean answered) {
		StringBuilder refusal = new StringBuilder();
		Responses.Streamed streamed = new Responses.Streamed(model());
		chat.stream(prompt).doOnNext(response -> streamed.take(response, chunks, answered, generation -> {
			String declined = Responses.refusal(generation);
			if (declined != null) {
				refusal.append(declined);
			}
		})).blockLast();
		return new ProviderAnswer(streamed.text.toString(), streamed.model, streamed.usage,
				refusal.isEmpty() ? null : refusal.toString());
	}

	private Prompt prompt(ModelRequest<?> request) {
		OpenAiChatOptions options = OpenAiChatOptions.builder()
			.model(settings.model())
			.responseFormat(OpenAiChatModel.ResponseFormat.builder()
				.jsonSchema(request.jsonSchema())
				.strict(true)
				.build())
			.maxCompletionTokens(settings.maxOutputTokens())
			.streamUsage(true)
			.timeout(settings.requestTimeout())
			.build();
		return new Prompt(List.of(new SystemMessage(PromptFence.system(request.systemPrompt(), request.data())),
				new UserMessage(PromptFence.user(request.data(), request.userMessage()))), options);
	}

	private void waitFor(Duration wait) {
		try {
			pause.pause(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ModelCallException(CallOutcome.UNAVAILABLE, "The model call was interrupted.");
		}
	}

	private String modelOf(ChatResponseMetadata metadata) {
		String answered = metadata.getModel();
		return answered == null || answered.isBlank() ? model() : answered;
	}
}
