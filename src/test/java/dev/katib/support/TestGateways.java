package dev.katib.support;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import jakarta.validation.Validation;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.ai.ModelCallCompleted;
import dev.katib.ai.ModelGateway;
import dev.katib.ai.internal.AiProperties;
import dev.katib.ai.internal.CallEvents;
import dev.katib.ai.internal.CallMetrics;
import dev.katib.ai.internal.ModelGatewayService;
import dev.katib.ai.internal.OutputReader;
import dev.katib.ai.internal.openai.OpenAiProviders;
import dev.katib.ai.internal.openai.Pause;

/**
 * Builds a model gateway against a {@link FakeModelServer} without a second application context:
 * short timeouts, quick retries, and the calls' events handed to the given consumer.
 */
public final class TestGateways {

	public static final String API_KEY = "sk-test-5ecret-key-never-logged";

	private TestGateways() {
	}

	/** Settings for the fake server; change what a test needs with {@link Settings}. */
	public static Settings settings(FakeModelServer server) {
		return new Settings(server.baseUrl(), Duration.ofSeconds(5), 3, 5);
	}

	/** A gateway to the fake server with default test settings, no waits between attempts. */
	public static ModelGateway openAi(FakeModelServer server, Consumer<ModelCallCompleted> events) {
		return openAi(settings(server), events::accept, new SimpleMeterRegistry(), duration -> {
		});
	}

	/** A gateway whose events go where the given {@link CallEvents} sends them, e.g. to the application. */
	public static ModelGateway openAi(Settings settings, CallEvents events, MeterRegistry meters, Pause pause) {
		AiProperties properties = settings.properties();
		JsonMapper json = JsonMapper.builder().build();
		return new ModelGatewayService(
				OpenAiProviders.create(properties, CircuitBreakerRegistry.ofDefaults(), ObservationRegistry.NOOP, pause,
						Clock.systemUTC()),
				new OutputReader(json, Validation.buildDefaultValidatorFactory().getValidator()),
				new CallMetrics(meters), events, Clock.systemUTC(), properties.maxPromptCharacters());
	}

	/**
	 * What tests vary about the gateway.
	 *
	 * @param baseUrl the fake server's base URL
	 * @param readTimeout how long the client waits for bytes
	 * @param maxAttempts attempts per call
	 * @param breakerMinimumCalls failed attempts after which the breaker may open
	 */
	public record Settings(String baseUrl, Duration readTimeout, int maxAttempts, int breakerMinimumCalls) {

		public Settings readTimeout(Duration timeout) {
			return new Settings(baseUrl, timeout, maxAttempts, breakerMinimumCalls);
		}

		public Settings maxAttempts(int attempts) {
			return new Settings(baseUrl, readTimeout, attempts, breakerMinimumCalls);
		}

		public Settings breakerMinimumCalls(int calls) {
			return new Settings(baseUrl, readTimeout, maxAttempts, calls);
		}

		AiProperties properties() {
			return new AiProperties(AiProperties.OPENAI, baseUrl, API_KEY, FakeModelServer.MODEL,
					Duration.ofSeconds(2), readTimeout, readTimeout.plusSeconds(5), maxAttempts, Duration.ofMillis(10),
					Duration.ofMillis(80), Duration.ofSeconds(30), 50, breakerMinimumCalls, Duration.ofMinutes(5),
					200_000, 1024);
		}
	}
}
