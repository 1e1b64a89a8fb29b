package dev.katib.ai.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Katib reaches language models ({@code KATIB_AI_*}). A wrong or missing setting stops start-up
 * with a message naming the variable to set.
 *
 * @param provider {@code offline} (default, no model) or {@code openai} (any OpenAI-compatible server)
 * @param baseUrl the provider's base URL including {@code /v1}
 * @param apiKey the provider's API key; never logged
 * @param model the model to ask
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the first byte and between bytes of an answer
 * @param requestTimeout how long one attempt may take in all, streaming included
 * @param maxAttempts attempts per call, the first included
 * @param initialBackoff the wait before the first retry; doubled for each further retry, with jitter
 * @param maxBackoff the longest wait between attempts
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a longer one fails the call at once
 * @param breakerFailureRate percentage of failed attempts that opens the circuit breaker
 * @param breakerMinimumCalls attempts the breaker needs to see before it may open
 * @param breakerOpenDuration how long an open breaker fails calls fast
 * @param maxPromptCharacters the largest prompt sent, in characters
 * @param maxOutputTokens the most tokens the model may write per call
 */
@ConfigurationProperties("katib.ai")
public record AiProperties(String provider, @Nullable String baseUrl, @Nullable String apiKey, @Nullable String model,
		Duration connectTimeout, Duration readTimeout, Duration requestTimeout, int maxAttempts,
		Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter, int breakerFailureRate,
		int breakerMinimumCalls, Duration breakerOpenDuration, long maxPromptCharacters, int maxOutputTokens) {

	public static final String OFFLINE = "offline";
	public static final String OPENAI = "openai";

	public AiProperties {
		provider = provider == null || provider.isBlank() ? OFFLINE : provider.trim().toLowerCase(Locale.ROOT);
		require(provider.equals(OFFLINE) || provider.equals(OPENAI),
				"KATIB_AI_PROVIDER must be 'offline' or 'openai', not '" + provider + "'");
		if (provider.equals(OPENAI)) {
			require(baseUrl != null && isHttpUrl(baseUrl),
					"KATIB_AI_BASE_URL must be the provider's http(s) base URL including /v1, e.g. http://host:8000/v1");
			require(apiKey != null && !apiKey.isBlank(),
					"KATIB_AI_API_KEY must be set when KATIB_AI_PROVIDER=openai (any value if the server needs none)");
			require(model != null && !model.isBlank(), "KATIB_AI_MODEL must name the model when KATIB_AI_PROVIDER=openai");
		}
		require(positive(connectTimeout), "KATIB_AI_CONNECT_TIMEOUT must be a positive duration, e.g. 5s");
		require(positive(readTimeout), "KATIB_AI_READ_TIMEOUT must be a positive duration, e.g. 60s");
		require(positive(requestTimeout), "KATIB_AI_REQUEST_TIMEOUT must be a positive duration, e.g. 180s");
		require(maxAttempts >= 1 && maxAttempts <= 10, "KATIB_AI_MAX_ATTEMPTS must be between 1 and 10");
		require(positive(initialBackoff) && positive(maxBackoff) && !maxBackoff.minus(initialBackoff).isNegative(),
				"KATIB_AI_INITIAL_BACKOFF and KATIB_AI_MAX_BACKOFF must be positive, the first no longer than the second");
		require(maxRetryAfter != null && !maxRetryAfter.isNegative(), "KATIB_AI_MAX_RETRY_AFTER must not be negative");
		require(breakerFailureRate >= 1 && breakerFailureRate <= 100,
				"KATIB_AI_BREAKER_FAILURE_RATE must be a percentage between 1 and 100");
		require(breakerMinimumCalls >= 1, "KATIB_AI_BREAKER_MINIMUM_CALLS must be at least 1");
		require(positive(breakerOpenDuration), "KATIB_AI_BREAKER_OPEN_DURATION must be a positive duration");
		require(maxPromptCharacters >= 1000, "KATIB_AI_MAX_PROMPT_CHARACTERS must be at least 1000");
		require(maxOutputTokens >= 16, "KATIB_AI_MAX_OUTPUT_TOKENS must be at least 16");
	}

	public boolean isOpenAi() {
		return provider.equals(OPENAI);
	}

	/** The configured model, or the provider's name where there is no model to choose. */
	public String modelName() {
		return model != null && !model.isBlank() ? model : provider;
	}

	@Override
	public String toString() {
		return "AiProperties[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
				+ (apiKey == null || apiKey.isEmpty() ? "(none)" : "(set)") + "]";
	}

	private static boolean positive(@Nullable Duration duration) {
		return duration != null && !duration.isZero() && !duration.isNegative();
	}

	private static boolean isHttpUrl(String value) {
		try {
			URI uri = URI.create(value.trim());
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}
}
