package dev.katib.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.platform.ratelimit.RateLimitProperties;
import dev.katib.support.IntegrationTest;

class RateLimitIntegrationTests extends IntegrationTest {

	@Autowired
	RateLimitProperties limits;

	@Test
	void countsEveryApiRequestAgainstItsAddressEvenBeforeAuthentication() {
		String remaining = client().get()
			.uri("/api/v1/me")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst(RateLimitFilter.REMAINING);

		assertThat(remaining).isNotNull();
		assertThat(Long.parseLong(remaining)).isPositive().isLessThan(limits.perAddress());
	}

	@Test
	void countsASignedInCallerAgainstTheirOwnQuotaToo() {
		String bearer = accounts.bearer(accounts.organisation().owner());

		String remaining = client().get()
			.uri("/api/v1/me")
			.header("Authorization", bearer)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst(RateLimitFilter.REMAINING);

		assertThat(remaining).isNotNull();
		assertThat(Long.parseLong(remaining)).isLessThanOrEqualTo(limits.perPrincipal() - 1);
	}

	@Test
	void leavesPagesAlone() {
		client().get().uri("/").exchange().expectHeader().doesNotExist(RateLimitFilter.REMAINING);
	}

	@Test
	void exposesTheRejectionsMetric() {
		String metrics = client().get().uri("/actuator/prometheus").header("Authorization", "Bearer " + METRICS_TOKEN).exchange()
			.expectStatus().isOk()
			.returnResult(String.class).getResponseBody();

		assertThat(metrics).contains("katib_rate_limit_rejections_total{").contains("scope=\"address\"");
	}
}
