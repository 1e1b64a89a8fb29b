package dev.katib.usage;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * A quota has no room for what was asked: answered 429 with what remains, when the quota resets, and
 * a {@code Retry-After} until then.
 */
public class QuotaExceededException extends KatibException {

	public static final ProblemType TYPE = new ProblemType("quota-exceeded", HttpStatus.TOO_MANY_REQUESTS,
			"Quota exceeded");

	private final Duration untilReset;

	public QuotaExceededException(String scope, String resource, long limit, long used, Instant resetsAt,
			Duration untilReset) {
		super(TYPE, "The " + scope + "'s monthly " + resource + " quota of " + limit + " has "
				+ Math.max(0, limit - used) + " left, not enough for this request. It resets at " + resetsAt + ".",
				properties(scope, resource, limit, used, resetsAt));
		this.untilReset = untilReset;
	}

	@Override
	public Duration retryAfter() {
		return untilReset;
	}

	private static Map<String, Object> properties(String scope, String resource, long limit, long used,
			Instant resetsAt) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("scope", scope);
		properties.put("resource", resource);
		properties.put("limit", limit);
		properties.put("used", used);
		properties.put("remaining", Math.max(0, limit - used));
		properties.put("resetsAt", resetsAt.toString());
		return properties;
	}
}
