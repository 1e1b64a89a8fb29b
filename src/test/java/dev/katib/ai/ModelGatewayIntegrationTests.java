package dev.katib.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.support.FakeModelServer;
import dev.katib.support.FakeModelServer.Reply;
import dev.katib.support.IntegrationTest;
import dev.katib.support.ModelGatewaySwitch;

class ModelGatewayIntegrationTests extends IntegrationTest {

	@Autowired
	ModelGateway gateway;

	@Autowired
	ModelGatewaySwitch gateways;

	@Autowired
	JdbcClient jdbc;

	private final UUID tenant = UUID.randomUUID();

	private ModelRequest<Summary> request() {
		return ModelRequest.builder("tests.summarise", Summary.class)
			.system("Summarise.")
			.user("A letter about a contract.")
			.attribution(Attribution.of(tenant, UUID.randomUUID()).about("letter", "L-9"))
			.build();
	}

	@Test
	void runsOfflineByDefaultAndSaysWhatNeedsAModelProvider() {
		assertThatThrownBy(() -> gateway.generate(request())).isInstanceOfSatisfying(ModelCallException.class,
				ex -> assertThat(ex.type()).isEqualTo(AiProblems.NEEDS_PROVIDER));
	}

	@Test
	void recordsTheTokensOfEveryCallToAModelServerInTheUsageLedgerAndMetrics() throws Exception {
		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer("{\"title\": \"Contract\", \"words\": 5}").usage(321, 45));

			assertThat(gateway.stream(request(), chunk -> {
			}).output().title()).isEqualTo("Contract");
		}

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
				SELECT provider || ' ' || model || ' ' || input_tokens || ' ' || output_tokens || ' ' || subject_id
				  FROM usage_model_call WHERE tenant_id = ?""").param(tenant).query(String.class).list())
			.containsExactly("openai fake-model 321 45 L-9"));
		String metrics = client().get().uri("/actuator/prometheus").header("Authorization", "Bearer " + METRICS_TOKEN).exchange().returnResult(String.class)
			.getResponseBody();
		assertThat(metrics).contains("katib_ai_tokens_total{kind=\"input\",model=\"fake-model\",provider=\"openai\"")
			.contains("katib_ai_call_first_token_seconds_count{model=\"fake-model\",provider=\"openai\"");
	}

	@Test
	void answersAnUnavailableModelWithA503ProblemAndRetryAfter() {
		var owner = accounts.organisation().owner();
		client().get().uri("/api/v1/test-probe/model-unavailable").header("Authorization", accounts.bearer(owner))
			.exchange()
			.expectStatus().isEqualTo(503)
			.expectHeader().valueEquals("Retry-After", "30")
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:katib:problem:ai-unavailable")
			.jsonPath("$.retryAfterSeconds").isEqualTo(30);
	}
}
