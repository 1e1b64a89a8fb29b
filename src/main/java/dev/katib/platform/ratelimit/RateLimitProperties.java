package dev.katib.platform.ratelimit;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on API requests, counted per signed-in principal and per client address.
 *
 * @param enabled whether the API is rate limited at all ({@code KATIB_RATE_LIMIT_ENABLED})
 * @param perPrincipal requests one principal may make per period ({@code KATIB_RATE_LIMIT_PER_PRINCIPAL})
 * @param perAddress requests one client address may make per period ({@code KATIB_RATE_LIMIT_PER_ADDRESS})
 * @param period the period the quotas refill over ({@code KATIB_RATE_LIMIT_PERIOD})
 * @param redisUrl Redis that keeps the buckets for every instance ({@code KATIB_REDIS_URL}); empty keeps
 * them in this process
 * @param verificationPerAddress requests one client address may make to the public verification page
 * per period ({@code KATIB_RATE_LIMIT_VERIFICATION_PER_ADDRESS}), so that codes cannot be guessed in bulk
 * @param redisPrefix what every bucket's key in Redis starts with, so several installations (or test runs)
 * may share one Redis ({@code KATIB_REDIS_PREFIX})
 */
@ConfigurationProperties("katib.rate-limit")
@Validated
public record RateLimitProperties(boolean enabled,
		@Min(value = 1, message = "KATIB_RATE_LIMIT_PER_PRINCIPAL must be at least 1")
		@Max(value = 1_000_000, message = "KATIB_RATE_LIMIT_PER_PRINCIPAL must be at most 1000000") long perPrincipal,
		@Min(value = 1, message = "KATIB_RATE_LIMIT_PER_ADDRESS must be at least 1")
		@Max(value = 1_000_000, message = "KATIB_RATE_LIMIT_PER_ADDRESS must be at most 1000000") long perAddress,
		@NotNull(message = "set KATIB_RATE_LIMIT_PERIOD, e.g. 1m")
		@DurationMin(seconds = 1, message = "KATIB_RATE_LIMIT_PERIOD must be at least 1s")
		@DurationMax(hours = 24, message = "KATIB_RATE_LIMIT_PERIOD must be at most 24h") Duration period,
		@Nullable @Pattern(regexp = "^$|^rediss?://.+",
				message = "KATIB_REDIS_URL must be a Redis URL such as redis://redis:6379") String redisUrl,
		@Min(value = 1, message = "KATIB_RATE_LIMIT_VERIFICATION_PER_ADDRESS must be at least 1")
		@Max(value = 1_000_000, message = "KATIB_RATE_LIMIT_VERIFICATION_PER_ADDRESS must be at most 1000000") long verificationPerAddress,
		@Nullable @Pattern(regexp = "^$|^[A-Za-z0-9:_.-]{1,64}$",
				message = "KATIB_REDIS_PREFIX may hold letters, digits and : _ . - (at most 64)") String redisPrefix) {

	/** The default of {@link #verificationPerAddress()}. */
	public static final long DEFAULT_VERIFICATION_PER_ADDRESS = 30;

	@ConstructorBinding
	public RateLimitProperties {
		redisPrefix = redisPrefix == null || redisPrefix.isBlank() ? "katib:rate-limit:" : redisPrefix;
	}

	public RateLimitProperties(boolean enabled, long perPrincipal, long perAddress, Duration period,
			@Nullable String redisUrl) {
		this(enabled, perPrincipal, perAddress, period, redisUrl, DEFAULT_VERIFICATION_PER_ADDRESS, null);
	}

	public Quota verificationQuota() {
		return new Quota(verificationPerAddress, period);
	}

	public Quota principalQuota() {
		return new Quota(perPrincipal, period);
	}

	public Quota addressQuota() {
		return new Quota(perAddress, period);
	}

	public boolean redis() {
		return redisUrl != null && !redisUrl.isBlank();
	}
}
