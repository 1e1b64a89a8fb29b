package dev.katib.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.katib.support.IntegrationTest;

class RateLimitIntegrationTests extends IntegrationTest {

	@Test
	void countsApiRequestsAndTellsHowManyRemain() {
		String remaining = client().get()
			.uri("/api/v1/test-probe/count?value=1")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst(RateLimitFilter.REMAINING);

		assertThat(remaining).isNotNull();
		assertThat(Long.parseLong(remaining)).isPositive();
	}

	@Test
	void leavesPagesAlone() {
		client().get().uri("/").exchange().expectStatus().isOk().expectHeader().doesNotExist(RateLimitFilter.REMAINING);
	}

	@Test
	void exposesTheRejectionsMetric() {
		String metrics = client().get().uri("/actuator/prometheus").exchange()
			.expectStatus().isOk()
			.returnResult(String.class).getResponseBody();

		assertThat(metrics).contains("katib_rate_limit_rejections_total{").contains("scope=\"address\"");
	}
}
