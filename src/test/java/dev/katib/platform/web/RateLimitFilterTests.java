package dev.katib.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import dev.katib.platform.ratelimit.Decision;
import dev.katib.platform.ratelimit.ManualTimeMeter;
import dev.katib.platform.ratelimit.Quota;
import dev.katib.platform.ratelimit.RateLimiter;
import dev.katib.platform.ratelimit.TestRateLimiters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The filters as the application wires them, driven with a low quota and a hand-moved clock. */
class RateLimitFilterTests {

	private final ManualTimeMeter time = new ManualTimeMeter();
	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
	private final RateLimiter limiter = TestRateLimiters.inMemory(time);
	private final Quota twoPerMinute = new Quota(2, Duration.ofMinutes(1));

	private final RateLimitFilter byAddress = new RateLimitFilter("address",
			jakarta.servlet.http.HttpServletRequest::getRemoteAddr, twoPerMinute, limiter, meters);
	private final RateLimitFilter byPrincipal = new RateLimitFilter("principal", RateLimitFilters::principalOf,
			twoPerMinute, limiter, meters);

	@Test
	void answersTheRequestOverTheQuotaWith429RetryAfterAndAProblemDetail() throws Exception {
		call(byAddress, "203.0.113.7", null);
		call(byAddress, "203.0.113.7", null);

		MockHttpServletResponse refused = call(byAddress, "203.0.113.7", null);

		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
		assertThat(refused.getContentType()).isEqualTo("application/problem+json");
		JsonNode problem = JsonMapper.builder().build().readTree(refused.getContentAsString());
		assertThat(problem.get("type").asString()).isEqualTo("urn:katib:problem:rate-limited");
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("retryAfter").asLong()).isEqualTo(30);
		assertThat(meters.counter("katib.rate.limit.rejections", "scope", "address").count()).isEqualTo(1);
	}

	@Test
	void countsEachAddressOnItsOwnAndLetsItBackInOnceTheQuotaRefills() throws Exception {
		call(byAddress, "203.0.113.7", null);
		call(byAddress, "203.0.113.7", null);

		assertThat(call(byAddress, "198.51.100.1", null).getStatus()).isEqualTo(200);
		assertThat(call(byAddress, "203.0.113.7", null).getStatus()).isEqualTo(429);

		time.advance(Duration.ofSeconds(30));
		assertThat(call(byAddress, "203.0.113.7", null).getStatus()).isEqualTo(200);
	}

	@Test
	void countsEachPrincipalOnItsOwnWhateverTheAddress() throws Exception {
		call(byPrincipal, "203.0.113.7", "sara@example.org");
		call(byPrincipal, "203.0.113.8", "sara@example.org");

		assertThat(call(byPrincipal, "203.0.113.9", "sara@example.org").getStatus()).isEqualTo(429);
		assertThat(call(byPrincipal, "203.0.113.9", "ali@example.org").getStatus()).isEqualTo(200);
		assertThat(meters.counter("katib.rate.limit.rejections", "scope", "principal").count()).isEqualTo(1);
	}

	@Test
	void leavesAnonymousRequestsToTheAddressLimit() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(call(byPrincipal, "203.0.113.7", null).getStatus()).isEqualTo(200);
		}
	}

	@Test
	void tellsClientsHowManyRequestsRemain() throws Exception {
		assertThat(call(byAddress, "203.0.113.7", null).getHeader(RateLimitFilter.REMAINING)).isEqualTo("1");
	}

	@Test
	void limitsOnlyTheApi() throws Exception {
		MockHttpServletRequest page = request("/admin/audit", "203.0.113.7", null);
		for (int i = 0; i < 5; i++) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			byAddress.doFilter(page, response, new MockFilterChain());
			assertThat(response.getStatus()).isEqualTo(200);
		}
	}

	@Test
	void letsRequestsThroughWhenTheLimiterFails() throws Exception {
		RateLimiter broken = new RateLimiter() {

			@Override
			public Decision tryConsume(String key, Quota quota) {
				throw new IllegalStateException("Redis is down");
			}

			@Override
			public Duration reserve(String key, Quota quota, long tokens) {
				throw new IllegalStateException("Redis is down");
			}
		};
		RateLimitFilter filter = new RateLimitFilter("address", r -> r.getRemoteAddr(), twoPerMinute, broken, meters);

		for (int i = 0; i < 3; i++) {
			assertThat(call(filter, "203.0.113.7", null).getStatus()).isEqualTo(200);
		}
		assertThat(meters.counter("katib.rate.limit.failures", "scope", "address").count()).isEqualTo(3);
	}

	private MockHttpServletResponse call(RateLimitFilter filter, String address, String principal) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request("/api/v1/me", address, principal), response, new MockFilterChain());
		return response;
	}

	private static MockHttpServletRequest request(String path, String address, String principal) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRemoteAddr(address);
		if (principal != null) {
			request.setUserPrincipal(() -> principal);
		}
		return request;
	}

}
