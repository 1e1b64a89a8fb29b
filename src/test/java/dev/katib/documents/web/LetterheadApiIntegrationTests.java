package dev.katib.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.accounts.Role;
import dev.katib.documents.DocumentCorpus;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.TestOrganisation;

/** Owners and admins manage their organisation's letterhead over the API; nobody else does. */
class LetterheadApiIntegrationTests extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private TestOrganisation organisation;

	private String owner;

	@BeforeEach
	void setUp() {
		organisation = accounts.organisation();
		owner = accounts.bearer(organisation.owner());
	}

	@Test
	void anAdminCreatesActivatesAndPreviewsALetterhead() throws Exception {
		String admin = accounts.bearer(accounts.member(organisation, Role.ADMIN));

		HttpResponse<String> created = send("POST", "/api/v1/letterheads", letterhead("#0b5d4b"), admin);
		HttpResponse<String> activated = send("POST", "/api/v1/letterheads/1/activation", null, admin);
		HttpResponse<byte[]> preview = bytes("/api/v1/letterheads/1/preview", admin);
		HttpResponse<byte[]> logo = bytes("/api/v1/letterheads/1/logo", admin);

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(json(created).get("status").asString()).isEqualTo("DRAFT");
		assertThat(json(activated).get("status").asString()).isEqualTo("ACTIVE");
		assertThat(preview.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(preview.body(), 0, 5)).isEqualTo("%PDF-");
		assertThat(logo.body()).isEqualTo(DocumentCorpus.logoPng());
	}

	@Test
	void writersViewersAndStrangersAreRefused() throws Exception {
		String writer = accounts.bearer(accounts.member(organisation, Role.WRITER));
		String viewer = accounts.bearer(accounts.member(organisation, Role.VIEWER));

		assertThat(send("POST", "/api/v1/letterheads", letterhead("#0b5d4b"), writer).statusCode()).isEqualTo(403);
		assertThat(send("GET", "/api/v1/letterheads", null, viewer).statusCode()).isEqualTo(403);
		assertThat(send("GET", "/api/v1/letterheads", null, null).statusCode()).isEqualTo(401);
	}

	@Test
	void anotherOrganisationsOwnerCannotReadOrActivateTheseVersions() throws Exception {
		send("POST", "/api/v1/letterheads", letterhead("#0b5d4b"), owner);
		String stranger = accounts.bearer(accounts.organisation().owner());

		assertThat(send("GET", "/api/v1/letterheads/1", null, stranger).statusCode()).isEqualTo(404);
		assertThat(send("POST", "/api/v1/letterheads/1/activation", null, stranger).statusCode()).isEqualTo(404);
		assertThat(json(send("GET", "/api/v1/letterheads", null, stranger))).isEmpty();
	}

	@Test
	void badColoursAndLogosGetProblemDetails() throws Exception {
		HttpResponse<String> colour = send("POST", "/api/v1/letterheads", letterhead("green"), owner);
		Map<String, Object> fakeLogo = new java.util.HashMap<>(letterhead("#0b5d4b"));
		fakeLogo.put("logo", Base64.getEncoder().encodeToString("GIF89a not really".getBytes()));
		HttpResponse<String> logo = send("POST", "/api/v1/letterheads", fakeLogo, owner);

		assertThat(colour.statusCode()).isEqualTo(400);
		assertThat(json(colour).get("type").asString()).isEqualTo("urn:katib:problem:validation-failed");
		assertThat(logo.statusCode()).isEqualTo(400);
		assertThat(json(logo).get("type").asString()).isEqualTo("urn:katib:problem:invalid-image");
	}

	@Test
	void anActivatedVersionCannotBeChanged() throws Exception {
		send("POST", "/api/v1/letterheads", letterhead("#0b5d4b"), owner);
		send("POST", "/api/v1/letterheads/1/activation", null, owner);

		HttpResponse<String> changed = send("PUT", "/api/v1/letterheads/1", letterhead("#123456"), owner);

		assertThat(changed.statusCode()).isEqualTo(409);
		assertThat(json(changed).get("type").asString()).isEqualTo("urn:katib:problem:letterhead-not-draft");
	}

	private static Map<String, Object> letterhead(String colour) {
		return Map.of("arabicName", "جمعية الكاتب", "englishName", "Katib Society", "logo",
				Base64.getEncoder().encodeToString(DocumentCorpus.logoPng()), "primaryColour", colour, "accentColour",
				"#6b5a2e", "footerLines", List.of("الرياض", "www.example.org"), "margins",
				Map.of("top", 38, "right", 20, "bottom", 25, "left", 20), "pageSize", "A4");
	}

	private HttpResponse<String> send(String method, String path, @Nullable Object body, @Nullable String bearer)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<byte[]> bytes(String path, String bearer) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Authorization", bearer).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}
}
