package dev.katib.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.katib.accounts.Role;
import dev.katib.support.IntegrationTest;
import dev.katib.support.RawHttp;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Requests no client should send answer 4xx problem details (or the error page), never a 500 or Tomcat's page. */
class HostileRequestsIntegrationTests extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	RawHttp raw;
	TestOrganisation organisation;
	Account writer;
	String ownerBearer;

	@BeforeEach
	void setUp() {
		raw = new RawHttp(port);
		organisation = accounts.organisation();
		writer = accounts.member(organisation, Role.WRITER);
		ownerBearer = accounts.bearer(organisation.owner());
	}

	@Test
	void refusesANulCharacterInAJsonFieldNamingTheField() {
		var answer = json("POST", "/api/v1/auth/token", "{\"email\":\"a\\u0000b@x.test\",\"password\":\"x\"}", null);

		assertField(answer, "validation-failed", "email", "NUL");
	}

	@Test
	void refusesAnUnpairedSurrogateNamingTheFieldAtAnyDepth() {
		var password = json("POST", "/api/v1/auth/token", "{\"email\":\"a@x.test\",\"password\":\"\\ud800\"}", null);
		var nested = json("PATCH", "/api/v1/members/" + writer.memberId(), "{\"roles\":[\"WRITER\",\"\\udc00x\"]}",
				ownerBearer);

		assertField(password, "validation-failed", "password", "surrogate");
		assertField(nested, "validation-failed", "roles[1]", "surrogate");
	}

	@Test
	void refusesANulCharacterInAQueryParameterOrFormField() {
		var query = raw.send(get("/api/v1/audit?actor=ab%00c", ownerBearer));
		var form = raw.send("POST /signin HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\nContent-Type: "
				+ "application/x-www-form-urlencoded\r\nContent-Length: 22\r\nConnection: close",
				"email=a%00b&password=x".getBytes(StandardCharsets.US_ASCII));

		assertField(query, "validation-failed", "actor", "NUL");
		assertThat(form.status()).isEqualTo(400);
		assertThat(form.header("Content-Type")).startsWith("text/html");
	}

	@Test
	void answersParametersWhosePercentEncodingDoesNotDecodeWithAProblem() {
		for (String query : new String[] { "q=%FF%FE", "x=%ZZ", "x=%ED%A0%80" }) {
			var answer = raw.send(get("/api/v1/members?" + query, ownerBearer));

			assertProblem(answer, 400, "malformed-request");
		}
	}

	@Test
	void answersBrokenAddressesWithAProblemForTheApiAndAPageForBrowsersAndOverlongLinesWithAProblem() {
		for (String path : new String[] { "/api/v1/members/%2F", "/api/v1/me%00", "/api/v1/%C0%AF",
				"/api/v1/members/%ED%A0%80", "/api/v1/me?" + "a".repeat(20_000), "/members?" + "a".repeat(20_000) }) {
			assertProblem(raw.send(get(path, ownerBearer)), 400, "malformed-request");
		}
		for (String path : new String[] { "/members/%2Fa", "/letters/%00", "/%C0%AE%C0%AE/" }) {
			var page = raw.send("GET " + path + " HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\nConnection: close");

			assertThat(page.status()).isEqualTo(400);
			assertThat(page.header("Content-Type")).startsWith("text/html");
			assertThat(page.body()).contains("لم يكتمل الطلب").contains(page.header("X-Request-Id"))
				.doesNotContain("Apache Tomcat").doesNotContain("HTTP Status");
		}
	}

	@Test
	void answersMultipartBodiesWithoutABoundaryOrWithANulInAFileNameWithAProblem() {
		String writerBearer = accounts.bearer(writer);
		String part = "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a%s.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\nhello\r\n--XX--\r\n";
		byte[] plain = part.formatted("").getBytes(StandardCharsets.ISO_8859_1);
		byte[] nul = part.formatted("\u0000").getBytes(StandardCharsets.ISO_8859_1);

		var noBoundary = raw.send(multipart("multipart/form-data", plain.length, writerBearer), plain);
		var wrongBoundary = raw.send(multipart("multipart/form-data; boundary=YY", plain.length, writerBearer), plain);
		var nulName = raw.send(multipart("multipart/form-data; boundary=XX", nul.length, writerBearer), nul);

		assertProblem(noBoundary, 400, "malformed-request");
		assertThat(wrongBoundary.status()).isBetween(400, 499);
		assertProblem(wrongBoundary, wrongBoundary.status(), JSON.readTree(wrongBoundary.body()).get("type").asString()
			.substring("urn:katib:problem:".length()));
		assertField(nulName, "validation-failed", "filename", "NUL");
	}

	@Test
	void refusesAnIntegerForABooleanAndLeavesTheMemberAsTheyWere() {
		var answer = json("PATCH", "/api/v1/members/" + writer.memberId(), "{\"disabled\":12345}", ownerBearer);

		assertField(answer, "malformed-request", "disabled", "boolean");
		var member = json("GET", "/api/v1/members/" + writer.memberId(), null, ownerBearer);
		assertThat(JSON.readTree(member.body()).get("status").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void refusesNumbersForTextAndFractionsForWholeNumbers() {
		var number = json("POST", "/api/v1/test-probe", "{\"name\":12,\"age\":3}", ownerBearer);
		var bool = json("POST", "/api/v1/test-probe", "{\"name\":true,\"age\":3}", ownerBearer);
		var fraction = json("POST", "/api/v1/test-probe", "{\"name\":\"Ali\",\"age\":3.5}", ownerBearer);
		var text = json("POST", "/api/v1/test-probe", "{\"name\":\"Ali\",\"age\":\"3\"}", ownerBearer);

		assertField(number, "malformed-request", "name", "text");
		assertField(bool, "malformed-request", "name", "text");
		assertField(fraction, "malformed-request", "age", "whole number");
		assertField(text, "malformed-request", "age", "whole number");
	}

	@Test
	void answersAWrongEnumValueWithTheAllowedValuesAndAcceptsAnyLetterCase() {
		var body = json("PATCH", "/api/v1/members/" + writer.memberId(), "{\"roles\":[\"EMPEROR\"]}", ownerBearer);
		var query = raw.send(get("/api/v1/audit?outcome=bogus", ownerBearer));
		var lowerBody = json("PATCH", "/api/v1/members/" + writer.memberId(), "{\"roles\":[\"reviewer\"]}",
				ownerBearer);
		var lowerQuery = raw.send(get("/api/v1/audit?outcome=success", ownerBearer));

		assertField(body, "validation-failed", "roles[0]", "WRITER");
		assertThat(JSON.readTree(body.body()).get("errors").get(0).get("allowed").toString()).contains("\"OWNER\"",
				"\"VIEWER\"");
		assertField(query, "validation-failed", "outcome", "SUCCESS, FAILURE, DENIED");
		assertThat(lowerBody.status()).isEqualTo(200);
		assertThat(JSON.readTree(lowerBody.body()).get("roles").toString()).isEqualTo("[\"REVIEWER\"]");
		assertThat(lowerQuery.status()).isEqualTo(200);
	}

	@Test
	void answersNotFoundForTheQuotaOfSomebodyOutsideTheOrganisation() {
		var stranger = accounts.member(accounts.organisation(), Role.WRITER);

		var unknown = json("PUT", "/api/v1/usage/quotas/members/" + UUID.randomUUID(), "{\"letters\":5}", ownerBearer);
		var foreign = json("PUT", "/api/v1/usage/quotas/members/" + stranger.memberId(), "{\"letters\":5}",
				ownerBearer);
		var own = json("PUT", "/api/v1/usage/quotas/members/" + writer.memberId(), "{\"letters\":5}", ownerBearer);

		assertProblem(unknown, 404, "not-found");
		assertProblem(foreign, 404, "not-found");
		assertThat(own.status()).isEqualTo(200);
	}

	private RawHttp.Answer json(String method, String path, String body, String bearer) {
		byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
		String head = method + " " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close"
				+ (bearer == null ? "" : "\r\nAuthorization: " + bearer)
				+ (body == null ? "" : "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length);
		return raw.send(head, bytes);
	}

	private static String get(String path, String bearer) {
		return "GET " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + bearer + "\r\nConnection: close";
	}

	private static String multipart(String type, int length, String bearer) {
		return "POST /api/v1/archive HTTP/1.1\r\nHost: x\r\nAuthorization: " + bearer + "\r\nContent-Type: " + type
				+ "\r\nContent-Length: " + length + "\r\nConnection: close";
	}

	private static void assertProblem(RawHttp.Answer answer, int status, String slug) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		JsonNode body = JSON.readTree(answer.body());
		assertThat(body.get("type").asString()).isEqualTo("urn:katib:problem:" + slug);
		assertThat(body.get("requestId").asString()).isNotBlank().isEqualTo(answer.header("X-Request-Id"));
	}

	private static void assertField(RawHttp.Answer answer, String slug, String field, String messagePart) {
		assertProblem(answer, 400, slug);
		JsonNode error = JSON.readTree(answer.body()).get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo(field);
		assertThat(error.get("message").asString()).contains(messagePart);
	}
}
