package dev.katib.automation.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

import dev.katib.connectors.SourcesClient;
import dev.katib.platform.outbound.StandardWebhooks;
import dev.katib.platform.secrets.TestSecretBoxes;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;

/** An automation started by a call to its own URL, signed with its secret; anything else is refused. */
class InboundHookIntegrationTests extends IntegrationTest {

	@Autowired
	HookSecrets secrets;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	private Account owner;
	private SourcesClient api;
	private String automation;
	private String secret;

	@BeforeEach
	void automationWithAHook() {
		owner = accounts.organisation().owner();
		api = new SourcesClient(baseUrl(), accounts);
		JsonNode created = api.post(owner, "/api/v1/automations", Map.of("name", "من النظام الآخر", "trigger",
				Map.of("kind", "HOOK"), "steps", List.of(Map.of("id", "check", "type", "CONDITION", "conditions",
						List.of(Map.of("field", "kind", "operator", "equals", "value", "urgent")), "otherwise", "end"))),
				201);
		automation = created.path("id").asString();
		secret = created.path("secret").asString();
		assertThat(created.path("hookUrl").asString()).isEqualTo("/api/v1/automations/" + automation + "/hooks");
	}

	@Test
	void aSignedCallStartsOneExecutionWithItsBodyHoweverOftenItIsSent() {
		byte[] body = "{\"kind\":\"urgent\",\"from\":\"ERP\"}".getBytes(StandardCharsets.UTF_8);
		long now = clock.instant().getEpochSecond();
		String id = "msg_" + UUID.randomUUID();

		String execution = call(id, now, body, StandardWebhooks.sign(secret, id, now, body)).expectStatus().isAccepted()
			.expectBody(JsonNode.class).returnResult().getResponseBody().path("executionId").asString();
		call(id, now, body, StandardWebhooks.sign(secret, id, now, body)).expectStatus().isAccepted()
			.expectBody().jsonPath("$.status").isEqualTo("ALREADY_RECEIVED");

		JsonNode done = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
			.until(() -> api.get(owner, "/api/v1/automations/" + automation + "/executions/" + execution, 200),
					e -> "SUCCEEDED".equals(e.path("status").asString()));
		assertThat(done.path("trigger").asString()).isEqualTo("HOOK");
		assertThat(done.path("triggerData").path("from").asString()).isEqualTo("ERP");
		assertThat(done.path("steps").get(0).path("output").path("held").asBoolean()).isTrue();
		assertThat(api.get(owner, "/api/v1/automations/" + automation + "/executions", 200)).hasSize(1);
	}

	@Test
	void aSignedCallWhoseTextCannotBeStoredIsRefusedAndStartsNothing() {
		long now = clock.instant().getEpochSecond();
		for (String broken : new String[] { "{\"kind\":\"\\u0000\"}", "{\"k\\u0000\":\"urgent\"}",
				"{\"kind\":[\"\\ud800\"]}" }) {
			byte[] body = broken.getBytes(StandardCharsets.UTF_8);
			String id = "msg_" + UUID.randomUUID();
			call(id, now, body, StandardWebhooks.sign(secret, id, now, body)).expectStatus().isBadRequest()
				.expectBody().jsonPath("$.type").value(type -> assertThat(type.toString()).endsWith("validation-failed"));
		}
		assertThat(api.get(owner, "/api/v1/automations/" + automation + "/executions", 200)).isEmpty();
	}

	@Test
	void refusesABadSignatureAndAStaleTimestampAsUnauthorised() {
		byte[] body = "{\"kind\":\"urgent\"}".getBytes(StandardCharsets.UTF_8);
		long now = clock.instant().getEpochSecond();
		String forged = StandardWebhooks.sign("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[24]),
				"msg_1", now, body);
		call("msg_1", now, body, forged).expectStatus().isUnauthorized().expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody().jsonPath("$.type")
			.isEqualTo("urn:katib:problem:unauthorized");
		long stale = now - Duration.ofMinutes(6).toSeconds();
		call("msg_2", stale, body, StandardWebhooks.sign(secret, "msg_2", stale, body)).expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("timestamp"));
		call("msg_3", now, body, "").expectStatus().isUnauthorized();
		client().post().uri("/api/v1/automations/" + UUID.randomUUID() + "/hooks")
			.contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isNotFound();

		assertThat(api.get(owner, "/api/v1/automations/" + automation + "/executions", 200)).isEmpty();
	}

	@Test
	void afterAKeyRotationTheSecretIsSealedAgainUnderTheNewKeyAndStillOpens() throws Exception {
		String current = java.nio.file.Files.readString(dev.katib.support.TestDatabase.get().dataDir()
			.resolve("secrets/master.key")).trim();
		byte[] fresh = new byte[32];
		new java.security.SecureRandom().nextBytes(fresh);
		String next = java.util.Base64.getEncoder().encodeToString(fresh);

		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			assertThat(secrets.resealAll(TestSecretBoxes.withKeys(next, current))).isPositive();
			assertThat(secrets.resealAll(TestSecretBoxes.withKeys(next, current))).isZero();
			byte[] sealed = jdbc.sql("SELECT hook_secret FROM automation_flow WHERE id = :id")
				.param("id", UUID.fromString(automation)).query(byte[].class).single();
			assertThat(TestSecretBoxes.withKeys(next).openText(sealed, "automation_flow:" + automation)).isEqualTo(secret);
		});
	}

	private RestTestClient.ResponseSpec call(String id, long timestamp, byte[] body, String signature) {
		return client().post().uri("/api/v1/automations/" + automation + "/hooks")
			.contentType(MediaType.APPLICATION_JSON)
			.header(StandardWebhooks.ID, id).header(StandardWebhooks.TIMESTAMP, Long.toString(timestamp))
			.header(StandardWebhooks.SIGNATURE, signature)
			.body(body).exchange();
	}
}
