package dev.katib.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.support.IntegrationTest;

/**
 * The OpenAPI document says what the API does: who may call an operation, what it answers when it works
 * (checked against real answers) and the problem details it answers when it does not.
 */
class ApiDocumentIntegrationTests extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> PUBLIC = Set.of("post /api/v1/auth/token", "post /api/v1/auth/refresh",
			"post /api/v1/auth/logout", "post /api/v1/signup", "post /api/v1/password-resets",
			"post /api/v1/password-resets/complete", "post /api/v1/invitations/accept",
			"post /api/v1/sources/airtable-notifications", "get /api/v1/delivery/whatsapp/callbacks/{callbackId}",
			"post /api/v1/delivery/whatsapp/callbacks/{callbackId}", "post /api/v1/automations/{id}/hooks");

	private JsonNode document;

	@BeforeEach
	void readDocument() {
		document = JSON.readTree(client().get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
			.returnResult().getResponseBody());
	}

	@Test
	void publicOperationsNeedNoCredentialAndEveryOtherOneABearerTokenOrAnApiKey() {
		assertThat(document.at("/components/securitySchemes/accessToken/scheme").asString()).isEqualTo("bearer");
		assertThat(document.at("/components/securitySchemes/apiKey/scheme").asString()).isEqualTo("bearer");
		assertThat(document.path("security").toString()).contains("accessToken", "apiKey");
		List<String> wrong = new ArrayList<>();
		operations((name, operation) -> {
			boolean open = operation.has("security") && operation.path("security").isEmpty();
			if (PUBLIC.contains(name) != open || open == operation.path("responses").has("401")) {
				wrong.add(name);
			}
		});
		assertThat(wrong).isEmpty();

		// and the API agrees: no token, a 401 problem detail
		client().get().uri("/api/v1/letters").exchange().expectStatus().isUnauthorized().expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void everyOperationHasASummaryItsModulesTagAReadableUniqueIdAndProblemDetailsForItsErrors() {
		Set<String> ids = new HashSet<>();
		List<String> wrong = new ArrayList<>();
		operations((name, operation) -> {
			String id = operation.path("operationId").asString("");
			if (operation.path("summary").asString("").isBlank() || operation.path("tags").size() != 1
					|| !ids.add(id) || !id.matches("[a-z][A-Za-z]+")) {
				wrong.add(name + " (summary, tag or id " + id + ")");
			}
			if (!operation.path("responses").has("429")) {
				wrong.add(name + " (no 429)");
			}
			for (var response : operation.path("responses").properties()) {
				String ref = response.getValue().path("$ref").asString("");
				if (response.getKey().startsWith("4") && !ref.startsWith("#/components/responses/")) {
					wrong.add(name + " (" + response.getKey() + " is not a shared problem answer)");
				}
				if (response.getValue().path("content").has("*/*")) {
					wrong.add(name + " (" + response.getKey() + " answers */*)");
				}
			}
		});
		assertThat(wrong).isEmpty();
		for (var answer : document.at("/components/responses").properties()) {
			assertThat(answer.getValue().at("/content/application~1problem+json/schema/$ref").asString())
				.as(answer.getKey()).isEqualTo("#/components/schemas/ProblemDetail");
		}
		assertThat(document.at("/components/schemas/ProblemDetail/properties").propertyNames()).contains("type",
				"title", "status", "detail", "instance", "requestId", "errors");
		assertThat(document.at("/components/schemas").propertyNames()).doesNotContain("JsonNode", "SseEmitter",
				"Object");
	}

	@Test
	void successCodesAreTheOnesTheApiAnswers() {
		var owner = accounts.organisation().owner();
		String bearer = accounts.bearer(owner);
		var created = client().post().uri("/api/v1/knowledge/style-rules").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("text", "Keep sentences short."))
			.exchange().expectStatus().isCreated().expectHeader().exists("Location").expectBody()
			.returnResult();
		String location = created.getResponseHeaders().getLocation().toString();
		client().delete().uri(location).header("Authorization", bearer).exchange().expectStatus().isNoContent();

		JsonNode add = document.at("/paths/~1api~1v1~1knowledge~1style-rules/post/responses");
		assertThat(add.has("201")).isTrue();
		assertThat(add.has("200")).isFalse();
		assertThat(add.at("/201/headers").has("Location")).isTrue();
		JsonNode remove = document.at("/paths/~1api~1v1~1knowledge~1style-rules~1{id}/delete/responses");
		assertThat(remove.has("204")).isTrue();
		assertThat(remove.has("200")).isFalse();
		assertThat(remove.at("/204/content").isMissingNode()).isTrue();
	}

	private void operations(java.util.function.BiConsumer<String, JsonNode> each) {
		for (var path : document.path("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				each.accept(operation.getKey() + " " + path.getKey(), operation.getValue());
			}
		}
	}
}
