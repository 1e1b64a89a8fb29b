package dev.katib.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.katib.platform.ratelimit.RateLimitProperties;
import dev.katib.support.IntegrationTest;

class VerificationRateLimitIntegrationTests extends IntegrationTest {

	@Autowired
	RateLimitProperties limits;

	@Test
	void anAddressThatTriesTooManyCodesIsToldToWait() {
		// an address of its own (through the trusted local proxy's header), so that no other test shares its bucket
		RestTestClient client = RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.defaultHeader("X-Forwarded-For", "203.0.113." + (1 + new java.util.Random().nextInt(250)))
			.build();
		for (long i = 0; i < limits.verificationPerAddress(); i++) {
			client.get().uri("/verify/NOSUCHCODE" + i).accept(MediaType.TEXT_HTML).exchange().expectStatus().isNotFound();
		}

		var refused = client.get()
			.uri("/verify/NOSUCHCODE")
			.accept(MediaType.TEXT_HTML)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange();
		for (int i = 0; i < 40 && refused.returnResult(String.class).getStatus().value() != 429; i++) {
			refused = client.get().uri("/verify/NOSUCHCODE").accept(MediaType.TEXT_HTML).exchange();
		}

		var result = refused.expectStatus().isEqualTo(429).returnResult(String.class);
		assertThat(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).matches("[1-9][0-9]*");
		assertThat(result.getResponseBody()).contains("class=\"rate-limited\"");

		// the API keeps its own, separate quota for the same address
		client.get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void theVerificationPageIsCountedButOtherPagesAreNot() {
		client().get()
			.uri("/verify")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.exists(RateLimitFilter.REMAINING);
		client().get().uri("/signin").exchange().expectHeader().doesNotExist(RateLimitFilter.REMAINING);
	}
}
