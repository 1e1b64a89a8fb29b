package dev.katib.platform.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.core.instrument.MeterRegistry;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import dev.katib.platform.ratelimit.RateLimitProperties;
import dev.katib.platform.ratelimit.RateLimiter;
import dev.katib.platform.Hashes;

/**
 * Puts the API's two rate limits in the filter chain: per client address before anything else reads
 * the request (so a flood is refused before authentication works on it), and per principal after
 * Spring Security has established who is calling. The public verification page has a limit of its
 * own per client address.
 * <p>
 * The client address is the connection's; behind a proxy, set {@code server.forward-headers-strategy}
 * so that it is the client's rather than the proxy's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "katib.rate-limit.enabled", matchIfMissing = true)
class RateLimitFilters {

	/** Just after the request id, so that refusals carry one. */
	static final int ADDRESS_ORDER = Ordered.HIGHEST_PRECEDENCE + 5;

	/** Just after Spring Security's filter chain (order -100), which makes the principal known. */
	static final int PRINCIPAL_ORDER = -90;

	@Bean
	FilterRegistrationBean<RateLimitFilter> addressRateLimit(RateLimitProperties properties, RateLimiter limiter,
			MeterRegistry meters) {
		var filter = new RateLimitFilter("address", HttpServletRequest::getRemoteAddr, properties.addressQuota(),
				limiter, meters);
		return registration(filter, ADDRESS_ORDER);
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> principalRateLimit(RateLimitProperties properties, RateLimiter limiter,
			MeterRegistry meters) {
		var filter = new RateLimitFilter("principal", RateLimitFilters::principalOf, properties.principalQuota(),
				limiter, meters);
		return registration(filter, PRINCIPAL_ORDER);
	}

	/**
	 * The public verification page (and its PDF check) per client address, with a quota of its own, so
	 * that nobody can try verification codes in bulk.
	 */
	@Bean
	FilterRegistrationBean<RateLimitFilter> verificationRateLimit(RateLimitProperties properties, RateLimiter limiter,
			MeterRegistry meters) {
		var filter = new RateLimitFilter("verification", HttpServletRequest::getRemoteAddr,
				properties.verificationQuota(), limiter, meters, request -> {
					String path = Problems.pathOf(request);
					return path.equals("/verify") || path.startsWith("/verify/");
				});
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/verify", "/verify/*");
		registration.setOrder(ADDRESS_ORDER);
		return registration;
	}

	/**
	 * The authenticated principal's name, as Spring Security exposes it through the servlet API
	 * (anonymous callers have none), hashed so that no e-mail address ends up as a Redis key.
	 */
	static @Nullable String principalOf(HttpServletRequest request) {
		Principal principal = request.getUserPrincipal();
		if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
			return null;
		}
		return sha256(principal.getName());
	}

	private static FilterRegistrationBean<RateLimitFilter> registration(RateLimitFilter filter, int order) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/api/*");
		registration.setOrder(order);
		return registration;
	}

	private static String sha256(String text) {
		return Hashes.sha256Hex(text);
	}
}
