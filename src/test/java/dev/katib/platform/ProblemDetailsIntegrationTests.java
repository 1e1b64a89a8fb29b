package dev.katib.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

import dev.katib.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(OutputCaptureExtension.class)
class ProblemDetailsIntegrationTests extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private final HttpClient http = HttpClient.newHttpClient();
	private String bearer;

	@BeforeEach
	void signIn() {
		bearer = accounts.bearer(accounts.member(accounts.organisation(), dev.katib.accounts.Role.WRITER));
	}

	@Test
	void answersUnknownApiRoutesWithNotFoundProblem() throws Exception {
		var response = send(HttpRequest.newBuilder(uri("/api/v1/no-such-thing")).GET());

		assertProblem(response, 404, "urn:katib:problem:not-found");
		assertThat(json(response).get("instance").asString()).isEqualTo("/api/v1/no-such-thing");
	}

	@Test
	void answersWrongMethodWithMethodNotAllowedAndAllowHeader() throws Exception {
		var response = send(HttpRequest.newBuilder(uri("/api/v1/test-probe")).DELETE());

		assertProblem(response, 405, "urn:katib:problem:method-not-allowed");
		assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
	}

	@Test
	void answersMalformedJsonWithBadRequest() throws Exception {
		var response = post("{\"name\": \"Huda\", ", MediaType.APPLICATION_JSON_VALUE);

		assertProblem(response, 400, "urn:katib:problem:malformed-request");
	}

	@Test
	void answersWrongJsonTypesWithBadRequest() throws Exception {
		var response = post("{\"name\": \"Huda\", \"age\": \"old\"}", MediaType.APPLICATION_JSON_VALUE);

		assertProblem(response, 400, "urn:katib:problem:malformed-request");
	}

	@Test
	void answersInvalidFieldsWithValidationProblemNamingEachField() throws Exception {
		var response = post("{\"name\": \"\", \"age\": 400}", MediaType.APPLICATION_JSON_VALUE);

		assertProblem(response, 400, "urn:katib:problem:validation-failed");
		assertThat(json(response).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "age");
	}

	@Test
	void acceptsValidBodies() throws Exception {
		var response = post("{\"name\": \"هدى\", \"age\": 30}", MediaType.APPLICATION_JSON_VALUE);

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(json(response).get("name").asString()).isEqualTo("هدى");
	}

	@Test
	void refusesOversizedBodiesWithDeclaredLength() throws Exception {
		var response = post("{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}", MediaType.APPLICATION_JSON_VALUE);

		assertProblem(response, 413, "urn:katib:problem:payload-too-large");
	}

	@Test
	void refusesOversizedBodiesSentWithoutLength() throws Exception {
		byte[] body = ("{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes();
		var response = send(HttpRequest.newBuilder(uri("/api/v1/test-probe"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

		assertProblem(response, 413, "urn:katib:problem:payload-too-large");
	}

	@Test
	void answersUnsupportedMediaType() throws Exception {
		var response = post("name=Huda", "application/x-www-form-urlencoded");

		assertProblem(response, 415, "urn:katib:problem:unsupported-media-type");
	}

	@Test
	void answersParametersOfTheWrongForm() throws Exception {
		var response = send(HttpRequest.newBuilder(uri("/api/v1/test-probe/count?value=ten")).GET());

		assertProblem(response, 400, "urn:katib:problem:malformed-request");
		assertThat(json(response).get("parameter").asString()).isEqualTo("value");
	}

	@Test
	void hidesInternalErrorsBehindAGenericProblem(CapturedOutput output) throws Exception {
		var response = send(HttpRequest.newBuilder(uri("/api/v1/test-probe/failure")).GET());

		assertProblem(response, 500, "urn:katib:problem:internal-error");
		assertThat(response.body()).doesNotContain("secret internal detail").doesNotContain("at dev.katib");
		assertThat(output).contains("secret internal detail");
	}

	@Test
	void echoesWellFormedRequestIdsAndPutsThemOnLogLines(CapturedOutput output) throws Exception {
		var response = send(HttpRequest.newBuilder(uri("/api/v1/test-probe"))
			.header("X-Request-Id", "client-chosen-id-42")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Ali\", \"age\": 3}")));

		assertThat(response.headers().firstValue("X-Request-Id")).hasValue("client-chosen-id-42");
		assertThat(output.getAll().lines().filter(line -> line.contains("probe echoed a greeting")))
			.singleElement()
			.satisfies(line -> assertThat(line).contains("client-chosen-id-42"));
	}

	@Test
	void replacesMalformedRequestIds() throws Exception {
		var response = send(HttpRequest.newBuilder(uri("/api/v1/no-such-thing"))
			.header("X-Request-Id", "bad id\twith spaces")
			.GET());

		String id = response.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(id).isNotEqualTo("bad id\twith spaces").matches("[0-9a-f-]{36}");
		assertThat(json(response).get("requestId").asString()).isEqualTo(id);
	}

	@Test
	void showsBrowsersATranslatedErrorPageForUnknownPages() throws Exception {
		String session = accounts.sessionCookie(baseUrl(), accounts.member(accounts.organisation(), dev.katib.accounts.Role.VIEWER));
		var response = send(HttpRequest.newBuilder(uri("/no-such-page")).header("Accept", "text/html").header("Cookie", session).GET());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
		assertThat(response.body()).contains("dir=\"rtl\"").contains("الصفحة غير موجودة");
	}

	private HttpResponse<String> post(String body, String contentType) throws Exception {
		return send(HttpRequest.newBuilder(uri("/api/v1/test-probe"))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.header("Authorization", bearer).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create(baseUrl() + path);
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private static void assertProblem(HttpResponse<String> response, int status, String type) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode body = json(response);
		assertThat(Map.of("type", body.get("type").asString(), "status", body.get("status").asInt()))
			.isEqualTo(Map.of("type", type, "status", status));
		assertThat(body.get("title").asString()).isNotBlank();
		assertThat(body.get("detail").asString()).isNotBlank();
		assertThat(body.get("requestId").asString()).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
	}
}
