package dev.katib.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

class RateLimitPropertiesTests {

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void acceptsTheDefaults() {
		assertThat(validator.validate(new RateLimitProperties(true, 1200, 6000, Duration.ofMinutes(1), ""))).isEmpty();
	}

	@Test
	void namesTheVariableToFixForEachWrongSetting() {
		assertThat(messages(new RateLimitProperties(true, 0, 6000, Duration.ofMinutes(1), "")))
			.contains("KATIB_RATE_LIMIT_PER_PRINCIPAL must be at least 1");
		assertThat(messages(new RateLimitProperties(true, 1200, 2_000_000, Duration.ofMinutes(1), "")))
			.contains("KATIB_RATE_LIMIT_PER_ADDRESS must be at most 1000000");
		assertThat(messages(new RateLimitProperties(true, 1200, 6000, Duration.ofMillis(10), "")))
			.contains("KATIB_RATE_LIMIT_PERIOD must be at least 1s");
		assertThat(messages(new RateLimitProperties(true, 1200, 6000, Duration.ofMinutes(1), "http://redis:6379")))
			.contains("KATIB_REDIS_URL must be a Redis URL such as redis://redis:6379");
	}

	private String messages(RateLimitProperties properties) {
		return validator.validate(properties).stream().map(ConstraintViolation::getMessage).toList().toString();
	}
}
