package dev.katib.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.paper.LetterArchived;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.TestOrganisation;

/** An endpoint whose messages fail for 24 hours, five in a row, is paused, its owner told, and resumed on request. */
class WebhookPausingIntegrationTests extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	private WebhookReceiver receiver;
	private TestOrganisation org;

	@BeforeEach
	void start() throws Exception {
		receiver = new WebhookReceiver(Collections.nCopies(10, 500).toArray(Integer[]::new));
		org = accounts.organisation();
	}

	@AfterEach
	void stop() {
		receiver.close();
	}

	@Test
	void anEndpointWhoseMessagesKeepFailingIsPausedItsOwnerToldAndItsWaitingMessagesGoWhenResumed() {
		String endpoint = request("POST", "/api/v1/webhooks/endpoints",
				Map.of("url", receiver.url(), "eventTypes", List.of("letter.archived")), 201).path("endpoint").path("id")
			.asString();
		for (int i = 0; i < 5; i++) {
			archive();
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> attempts(endpoint).size() == 5);

		clock.advance(Duration.ofHours(25));
		await().atMost(Duration.ofSeconds(20)).until(() -> attempts(endpoint).size() == 10);
		assertThat(attempts(endpoint).subList(0, 5)).extracting(a -> a.path("outcome").asString()).containsOnly("FAILED");
		JsonNode paused = request("GET", "/api/v1/webhooks/endpoints/" + endpoint, null, 200);
		assertThat(paused.path("paused").asBoolean()).isTrue();
		assertThat(paused.path("failedMessages").asInt()).isEqualTo(5);
		assertThat(jdbc.sql("SELECT count(*) FROM accounts_outbox_mail WHERE tenant_id = :tenant AND text_body LIKE :url")
			.param("tenant", org.tenantId())
			.param("url", "%" + receiver.url() + "%")
			.query(Long.class)
			.single()).isPositive();

		archive();
		clock.advance(Duration.ofMinutes(1));
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> attempts(endpoint).size() == 10);

		assertThat(request("POST", "/api/v1/webhooks/endpoints/" + endpoint + "/resume", null, 200).path("paused")
			.asBoolean()).isFalse();
		await().atMost(Duration.ofSeconds(20)).until(() -> attempts(endpoint).size() == 11);
		assertThat(attempts(endpoint).getFirst().path("outcome").asString()).isEqualTo("DELIVERED");
	}

	private List<JsonNode> attempts(String endpoint) {
		return request("GET", "/api/v1/webhooks/endpoints/" + endpoint + "/attempts", null, 200).valueStream().toList();
	}

	private void archive() {
		UUID letter = UUID.randomUUID();
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(new LetterArchived(
				org.tenantId(), letter, 1, UUID.randomUUID(), "KTB-" + letter.toString().substring(0, 8), clock.instant())));
	}

	private JsonNode request(String method, String path, Object body, int status) {
		var request = client().method(HttpMethod.valueOf(method)).uri(path)
			.header("Authorization", accounts.bearer(this.org.owner()));
		var spec = body == null ? request : request.contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsBytes(body));
		byte[] answer = spec.exchange().expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBody();
		return answer == null || answer.length == 0 ? JSON.createObjectNode() : JSON.readTree(answer);
	}
}
