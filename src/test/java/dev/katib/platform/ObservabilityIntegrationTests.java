package dev.katib.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import dev.katib.support.IntegrationTest;

class ObservabilityIntegrationTests extends IntegrationTest {

	@Test
	void reportsLivenessAndReadiness() {
		client().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("UP");
		client().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("UP");
	}

	@Test
	void exposesPrometheusMetricsIncludingHttpRequests() {
		client().get().uri("/").exchange().expectStatus().isOk();

		String metrics = client().get().uri("/actuator/prometheus").header("Authorization", "Bearer " + METRICS_TOKEN).exchange()
			.expectStatus().isOk()
			.returnResult(String.class).getResponseBody();

		assertThat(metrics).contains("http_server_requests_seconds_count").contains("jvm_memory_used_bytes");
	}

	@Test
	void servesPrometheusMetricsToTheScrapersTokenOnly() {
		var owner = accounts.organisation().owner();

		client().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		client().get().uri("/actuator/prometheus").header("Authorization", "Bearer " + METRICS_TOKEN + "x")
			.exchange().expectStatus().isUnauthorized();
		client().get().uri("/actuator/prometheus").header("Authorization", accounts.bearer(owner))
			.exchange().expectStatus().isUnauthorized();
	}

	@Test
	void givesTheApiDocumentationBrowserTheContentSecurityPolicyOfEveryPage() {
		String page = client().get().uri("/").exchange().returnResult(String.class).getResponseHeaders()
			.getFirst("Content-Security-Policy");
		String docs = client().get().uri("/api/swagger-ui/index.html").accept(MediaType.TEXT_HTML).exchange()
			.returnResult(String.class).getResponseHeaders().getFirst("Content-Security-Policy");

		assertThat(page).contains("script-src 'self'");
		assertThat(docs).isEqualTo(page);
	}

	@Test
	void describesTheApplicationModulesToAdministrators() {
		var admin = accounts.member(accounts.organisation(), dev.katib.accounts.Role.ADMIN);
		client().get().uri("/actuator/modulith").header("Authorization", accounts.bearer(admin))
			.exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.letters.allowedDependencies").isArray()
			.jsonPath("$.audit.displayName").isEqualTo("Audit");
	}

	@Test
	void pushesNoMetricsAnywhereUnlessAsked(@Autowired io.micrometer.core.instrument.MeterRegistry registry) {
		var registries = registry instanceof io.micrometer.core.instrument.composite.CompositeMeterRegistry composite
				? composite.getRegistries() : java.util.Set.of(registry);
		org.assertj.core.api.Assertions.assertThat(registries)
			.noneMatch(one -> one instanceof io.micrometer.core.instrument.push.PushMeterRegistry);
	}

	@Test
	void reportsBuildInformation() {
		client().get().uri("/actuator/info").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.build.artifact").isEqualTo("katib");
	}

	@Test
	void servesTheOpenApiDocumentAndItsBrowser() {
		client().get().uri("/v3/api-docs").exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.openapi").value(v -> assertThat(v.toString()).startsWith("3."))
			.jsonPath("$.info.title").isEqualTo("Katib API");
		client().get().uri("/api/swagger-ui/index.html").accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk();
		client().get().uri("/api/docs").exchange().expectStatus().is3xxRedirection();
	}
}
