package dev.katib.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.katib.ai.internal.AiProperties;

class AiSettingsTests {

	private static AiProperties settings(String provider, String baseUrl, String apiKey, String model) {
		Duration second = Duration.ofSeconds(1);
		return new AiProperties(provider, baseUrl, apiKey, model, second, second, second, 3, Duration.ofMillis(100),
				second, second, 50, 5, second, 200_000, 1024);
	}

	@Test
	void needsNothingForTheOfflineProvider() {
		assertThat(settings("", null, null, null).provider()).isEqualTo("offline");
	}

	@Test
	void namesTheVariableToSetWhenTheOpenAiProviderIsIncomplete() {
		assertThatThrownBy(() -> settings("openai", "", "key", "m")).hasMessageContaining("KATIB_AI_BASE_URL");
		assertThatThrownBy(() -> settings("openai", "http://localhost:8000/v1", " ", "m"))
			.hasMessageContaining("KATIB_AI_API_KEY");
		assertThatThrownBy(() -> settings("openai", "http://localhost:8000/v1", "key", null))
			.hasMessageContaining("KATIB_AI_MODEL");
		assertThatThrownBy(() -> settings("claude", null, null, null)).hasMessageContaining("KATIB_AI_PROVIDER");
	}

	@Test
	void hidesTheApiKeyWhenPrinted() {
		assertThat(settings("OpenAI", "http://localhost:8000/v1", "sk-very-secret", "m").toString())
			.doesNotContain("sk-very-secret")
			.contains("apiKey=(set)");
	}
}
