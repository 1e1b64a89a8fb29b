package dev.katib.webhooks;

import dev.katib.platform.outbound.StandardWebhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.accounts.Role;
import dev.katib.paper.LetterArchived;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

/** Letter events signed and POSTed to a receiver in the test, retried after its 500s and replayed on request. */
class WebhookDeliveryIntegrationTests extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	private WebhookReceiver receiver;
	private TestOrganisation org;

	@BeforeEach
	void start() throws Exception {
		receiver = new WebhookReceiver(500, 500);
		org = accounts.organisation();
	}

	@AfterEach
	void stop() {
		receiver.close();
	}

	@Test
	void theReceiverVerifiesEverySignatureSeesTheRetriesAfterItsErrorsAndAReplay() {
		JsonNode created = call("POST", "/api/v1/webhooks/endpoints", org.owner(),
				Map.of("url", receiver.url(), "eventTypes", List.of("letter.archived")), 201);
		String secret = created.path("secret").asString();
		String endpoint = created.path("endpoint").path("id").asString();
		assertThat(secret).startsWith("whsec_");
		assertThat(call("GET", "/api/v1/webhooks/endpoints/" + endpoint, org.owner(), null, 200).toString())
			.doesNotContain(secret);

		UUID letter = archive();
		for (int attempt = 1; attempt <= 3; attempt++) {
			int expected = attempt;
			await().atMost(Duration.ofSeconds(20)).until(() -> attempts(endpoint).size() == expected);
			clock.advance(Duration.ofMinutes(5));
		}
		List<WebhookReceiver.Received> received = receiver.received();
		assertThat(received).hasSize(3);
		assertThat(received).extracting(WebhookReceiver.Received::id).containsOnly(received.getFirst().id());
		for (WebhookReceiver.Received one : received) {
			assertThat(StandardWebhooks.verify(secret, one.id(), one.timestamp(), one.body(), one.signature())).isTrue();
			assertThat(JSON.readTree(one.body()).path("data").path("letterId").asString()).isEqualTo(letter.toString());
		}
		assertThat(StandardWebhooks.verify("whsec_" + "A".repeat(32), received.getFirst().id(), received.getFirst().timestamp(),
				received.getFirst().body(), received.getFirst().signature())).isFalse();
		JsonNode log = call("GET", "/api/v1/webhooks/endpoints/" + endpoint + "/attempts", org.owner(), null, 200);
		assertThat(log.findValuesAsString("outcome")).containsExactly("DELIVERED", "RETRYING", "RETRYING");
		assertThat(log.findValues("statusCode")).extracting(JsonNode::asInt).containsExactly(200, 500, 500);
		String message = log.get(0).path("messageId").asString();

		call("POST", "/api/v1/webhooks/messages/" + message + "/replay", org.owner(), null, 202);
		await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 4);
		WebhookReceiver.Received replayed = receiver.received().get(3);
		assertThat(replayed.id()).isEqualTo(received.getFirst().id());
		assertThat(StandardWebhooks.verify(secret, replayed.id(), replayed.timestamp(), replayed.body(),
				replayed.signature())).isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> attempts(endpoint).size() == 4);
	}

	@Test
	void anotherOrganisationCannotSeeOrReplayAndOnlyOwnersAndAdministratorsManageWebhooks() {
		JsonNode created = call("POST", "/api/v1/webhooks/endpoints", org.owner(),
				Map.of("url", receiver.url(), "eventTypes", List.of("letter.archived", "letter.signed")), 201);
		String endpoint = created.path("endpoint").path("id").asString();
		archive();
		await().atMost(Duration.ofSeconds(20)).until(() -> !attempts(endpoint).isEmpty());
		String message = attempts(endpoint).get(0).path("messageId").asString();
		Account stranger = accounts.organisation().owner();

		call("GET", "/api/v1/webhooks/endpoints/" + endpoint, stranger, null, 404);
		call("GET", "/api/v1/webhooks/endpoints/" + endpoint + "/attempts", stranger, null, 404);
		call("POST", "/api/v1/webhooks/messages/" + message + "/replay", stranger, null, 404);
		call("POST", "/api/v1/webhooks/endpoints/" + endpoint + "/resume", stranger, null, 404);
		call("POST", "/api/v1/webhooks/endpoints/" + endpoint + "/pause", stranger, null, 404);
		call("POST", "/api/v1/webhooks/endpoints/" + endpoint + "/test", stranger, null, 404);
		call("GET", "/api/v1/webhooks/endpoints/" + endpoint + "/messages", stranger, null, 404);
		call("DELETE", "/api/v1/webhooks/endpoints/" + endpoint, stranger, null, 404);
		assertThat(call("GET", "/api/v1/webhooks/endpoints", stranger, null, 200).size()).isZero();
		call("GET", "/api/v1/webhooks/endpoints", accounts.member(org, Role.WRITER), null, 403);
		call("POST", "/api/v1/webhooks/endpoints", org.owner(),
				Map.of("url", "ftp://127.0.0.1/hook", "eventTypes", List.of("letter.signed")), 400);
		call("POST", "/api/v1/webhooks/endpoints", org.owner(),
				Map.of("url", receiver.url(), "eventTypes", List.of("letter.eaten")), 400);
		call("POST", "/api/v1/webhooks/endpoints/" + endpoint + "/resume", org.owner(), null, 409);
		assertThat(call("GET", "/api/v1/webhooks/endpoints/" + endpoint + "/messages", org.owner(), null, 200)
			.findValuesAsString("eventType")).containsExactly("letter.archived");
		assertThat(call("POST", "/api/v1/webhooks/endpoints/" + endpoint + "/pause", org.owner(), null, 200).path("paused")
			.asBoolean()).isTrue();
		call("POST", "/api/v1/webhooks/endpoints/" + endpoint + "/pause", org.owner(), null, 409);
		call("POST", "/api/v1/webhooks/endpoints/" + endpoint + "/test", org.owner(), null, 409);
		call("POST", "/api/v1/webhooks/endpoints/" + endpoint + "/resume", org.owner(), null, 200);
		String test = call("POST", "/api/v1/webhooks/endpoints/" + endpoint + "/test", org.owner(), null, 202)
			.path("messageId").asString();
		await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().stream()
			.anyMatch(one -> one.id().equals("msg_" + test)));

		call("DELETE", "/api/v1/webhooks/endpoints/" + endpoint, org.owner(), null, 204);
		assertThat(call("GET", "/api/v1/webhooks/endpoints", org.owner(), null, 200).size()).isZero();
	}

	private List<JsonNode> attempts(String endpoint) {
		JsonNode log = call("GET", "/api/v1/webhooks/endpoints/" + endpoint + "/attempts", org.owner(), null, 200);
		return log.valueStream().toList();
	}

	private UUID archive() {
		UUID letter = UUID.randomUUID();
		LetterArchived archived = new LetterArchived(org.tenantId(), letter, 1, UUID.randomUUID(),
				"KTB-" + letter.toString().substring(0, 8), clock.instant());
		// the same event twice, as the publication registry may deliver it again after a restart: one message
		for (int i = 0; i < 2; i++) {
			new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(archived));
		}
		return letter;
	}

	private JsonNode call(String method, String path, Account as, Object body, int status) {
		var request = client().method(HttpMethod.valueOf(method)).uri(path)
			.header("Authorization", accounts.bearer(as));
		var spec = body == null ? request : request.contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsBytes(body));
		byte[] answer = spec.exchange().expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBody();
		return answer == null || answer.length == 0 ? JSON.createObjectNode() : JSON.readTree(answer);
	}
}
