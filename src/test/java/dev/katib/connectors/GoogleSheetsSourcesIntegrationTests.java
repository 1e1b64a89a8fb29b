package dev.katib.connectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import dev.katib.support.FakeGoogle;
import dev.katib.support.IntegrationTest;

class GoogleSheetsSourcesIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aServiceAccountKeyIsCheckedWithGoogleAndKeptSealed() {
		var organisation = accounts.organisation();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		try (FakeGoogle google = new FakeGoogle()) {
			String key = google.serviceAccountKey();

			JsonNode source = api.post(organisation.owner(), "/api/v1/sources",
					Map.of("kind", "GOOGLE_SHEETS", "name", "جداول Google", "serviceAccountKey", key), 201);

			assertThat(source.path("kind").asString()).isEqualTo("GOOGLE_SHEETS");
			assertThat(source.path("credential").asString()).isEqualTo("••••ey-1");
			byte[] stored = jdbc.sql("SELECT credential_sealed FROM connectors_source WHERE id = CAST(:id AS UUID)")
				.param("id", source.path("id").asString()).query(byte[].class).single();
			assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("PRIVATE KEY")
				.doesNotContain("katib@katib-test");
		}
	}

	@Test
	void aKeyGoogleRefusesIsReportedAtOnceNamingTheServiceAccount() {
		var organisation = accounts.organisation();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		try (FakeGoogle google = new FakeGoogle()) {
			google.server().stubFor(post("/token").willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}")));

			JsonNode problem = api.post(organisation.owner(), "/api/v1/sources",
					Map.of("kind", "GOOGLE_SHEETS", "name", "Sheets", "serviceAccountKey", google.serviceAccountKey()), 422);

			assertThat(problem.path("type").asString()).isEqualTo("urn:katib:problem:source-credential-rejected");
			assertThat(problem.path("detail").asString()).contains("katib@katib-test.iam.gserviceaccount.com");
		}
	}

	@Test
	void somethingThatIsNoKeyAndAMissingInstanceKeyAreExplained() {
		var organisation = accounts.organisation();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);

		assertThat(api.post(organisation.owner(), "/api/v1/sources",
				Map.of("kind", "GOOGLE_SHEETS", "name", "Sheets", "serviceAccountKey", "{\"type\":\"user\"}"), 400)
			.path("detail").asString()).contains("service account");
		assertThat(api.post(organisation.owner(), "/api/v1/sources", Map.of("kind", "GOOGLE_SHEETS", "name", "Sheets"), 400)
			.path("detail").asString()).contains("KATIB_GOOGLE_CREDENTIALS");
	}
}
