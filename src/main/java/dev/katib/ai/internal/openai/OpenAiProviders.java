package dev.katib.ai.internal.openai;

import java.time.Clock;
import java.time.Duration;

import com.openai.client.OpenAIClientAsyncImpl;
import com.openai.client.OpenAIClientImpl;
import com.openai.core.ClientOptions;
import com.openai.core.Timeout;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.http.okhttp.SpringAiOpenAiHttpClient;

import dev.katib.ai.internal.AiProperties;

/**
 * Builds the OpenAI-compatible provider from Katib's own settings rather than Spring AI's
 * auto-configuration, so nothing of it runs (or needs a key) while the offline provider is used.
 */
public final class OpenAiProviders {

	private OpenAiProviders() {
	}

	public static OpenAiProvider create(AiProperties settings, CircuitBreakerRegistry breakers,
			ObservationRegistry observations, Pause pause, Clock clock) {
		Timeout timeout = Timeout.builder()
			.connect(settings.connectTimeout())
			.read(settings.readTimeout())
			.write(settings.readTimeout())
			.request(settings.requestTimeout())
			.build();
		ClientOptions options = ClientOptions.builder()
			.httpClient(SpringAiOpenAiHttpClient.builder().timeout(timeout).observationRegistry(observations).build())
			.baseUrl(settings.baseUrl().trim())
			.apiKey(settings.apiKey())
			.timeout(timeout)
			// Katib retries itself, so it can honour Retry-After within its limits and feed the breaker
			.maxRetries(0)
			.putHeader("User-Agent", "katib")
			.build();
		OpenAiChatModel chat = OpenAiChatModel.builder()
			.openAiClient(new OpenAIClientImpl(options))
			.openAiClientAsync(new OpenAIClientAsyncImpl(options))
			.observationRegistry(observations)
			.build();
		return new OpenAiProvider(chat, settings, breaker(settings, breakers), pause, clock);
	}

	private static CircuitBreaker breaker(AiProperties settings, CircuitBreakerRegistry breakers) {
		int window = Math.max(settings.breakerMinimumCalls(), 10);
		CircuitBreakerConfig config = CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(window)
			.minimumNumberOfCalls(settings.breakerMinimumCalls())
			.failureRateThreshold(settings.breakerFailureRate())
			.waitDurationInOpenState(settings.breakerOpenDuration())
			.permittedNumberOfCallsInHalfOpenState(1)
			.automaticTransitionFromOpenToHalfOpenEnabled(false)
			.slowCallDurationThreshold(Duration.ofDays(1))
			.build();
		return breakers.circuitBreaker("ai-" + OpenAiProvider.NAME, config);
	}
}
