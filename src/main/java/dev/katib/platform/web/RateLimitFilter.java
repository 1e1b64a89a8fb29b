package dev.katib.platform.web;

import java.io.IOException;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.katib.platform.ProblemType;
import dev.katib.platform.ratelimit.Decision;
import dev.katib.platform.ratelimit.Quota;
import dev.katib.platform.ratelimit.RateLimiter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts API requests against one quota per key, the key being what {@code keyOf} finds in the
 * request (the client address, or the signed-in principal). A request over the quota is answered
 * 429 with {@code Retry-After} and a problem detail of type {@code urn:katib:problem:rate-limited},
 * and counted in the {@code katib.rate.limit.rejections} metric. Requests it finds no key for pass.
 * <p>
 * When the limiter itself fails (Redis unreachable), the request goes ahead: an outage of the
 * limiter must not take the API down with it. Each such failure is logged and counted in
 * {@code katib.rate.limit.failures}.
 */
class RateLimitFilter extends OncePerRequestFilter {

	static final String REMAINING = "X-RateLimit-Remaining";

	private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String scope;
	private final Function<HttpServletRequest, @Nullable String> keyOf;
	private final Quota quota;
	private final RateLimiter limiter;
	private final Counter rejections;
	private final Counter failures;
	private final Predicate<HttpServletRequest> applies;

	/** A limit on API requests. */
	RateLimitFilter(String scope, Function<HttpServletRequest, @Nullable String> keyOf, Quota quota,
			RateLimiter limiter, MeterRegistry meters) {
		this(scope, keyOf, quota, limiter, meters,
				request -> Problems.isApi(request) && !Problems.pathOf(request).startsWith("/actuator"));
	}

	/**
	 * A limit on the requests {@code applies} accepts, pages included: a refused page request gets the
	 * 429 error page, with the same {@code Retry-After}.
	 */
	RateLimitFilter(String scope, Function<HttpServletRequest, @Nullable String> keyOf, Quota quota,
			RateLimiter limiter, MeterRegistry meters, Predicate<HttpServletRequest> applies) {
		this.applies = applies;
		this.scope = scope;
		this.keyOf = keyOf;
		this.quota = quota;
		this.limiter = limiter;
		this.rejections = Counter.builder("katib.rate.limit.rejections")
			.description("API requests refused with 429 because a rate limit was reached")
			.tag("scope", scope)
			.register(meters);
		this.failures = Counter.builder("katib.rate.limit.failures")
			.description("API requests let through unchecked because the rate limiter failed")
			.tag("scope", scope)
			.register(meters);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !applies.test(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = keyOf.apply(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		Decision decision;
		try {
			decision = limiter.tryConsume(scope + ":" + key, quota);
		}
		catch (RuntimeException ex) {
			failures.increment();
			log.warn("The {} rate limiter failed, letting the request through: {}", scope, ex.toString());
			chain.doFilter(request, response);
			return;
		}
		if (!decision.allowed()) {
			refuse(request, response, decision);
			return;
		}
		advertiseRemaining(response, decision.remaining());
		chain.doFilter(request, response);
	}

	/** Clients see what is left of the tightest quota the request was counted against. */
	private static void advertiseRemaining(HttpServletResponse response, long remaining) {
		String earlier = response.getHeader(REMAINING);
		if (earlier == null || Long.parseLong(earlier) > remaining) {
			response.setHeader(REMAINING, Long.toString(remaining));
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, Decision decision)
			throws IOException {
		rejections.increment();
		long seconds = decision.retryAfterSeconds();
		var problem = Problems.of(ProblemType.RATE_LIMITED,
				"Too many requests; try again in " + seconds + " seconds.", request,
				java.util.Map.of("retryAfter", seconds));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setHeader(REMAINING, "0");
		if (!Problems.isApi(request)) {
			response.sendError(ProblemType.RATE_LIMITED.status().value());
			return;
		}
		response.setStatus(ProblemType.RATE_LIMITED.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JSON.writeValue(response.getOutputStream(), ProblemBody.of(problem));
	}
}
