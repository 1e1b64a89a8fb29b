package dev.katib.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

import dev.katib.accounts.Role;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts;

/** What the sources API answers to input nobody should send: a problem detail, never a 500. */
class SourcesHostileInputIntegrationTests extends IntegrationTest {

	private TestAccounts.TestOrganisation organisation;
	private SourcesClient api;
	private String tablePath;

	@BeforeEach
	void builtInTable() {
		organisation = accounts.organisation();
		api = new SourcesClient(baseUrl(), accounts);
		String source = api.post(organisation.owner(), "/api/v1/sources", Map.of("kind", "BUILT_IN", "name", "Local"), 201)
			.path("id").asString();
		String table = api.post(organisation.owner(), "/api/v1/sources/" + source + "/bases/local/tables",
				Map.of("name", "People", "fields", java.util.List.of(Map.of("name", "Name", "type", "text"),
						Map.of("name", "Age", "type", "number"))), 201)
			.path("id").asString();
		tablePath = "/api/v1/sources/" + source + "/bases/local/tables/" + table;
	}

	@Test
	void refusesANulInTextAsInvalid() {
		JsonNode problem = api.post(organisation.owner(), tablePath + "/records", Map.of("fields", Map.of("Name", "a\u0000b")), 400);

		assertThat(problem.path("type").asString()).isEqualTo("urn:katib:problem:validation-failed");
		assertThat(api.post(organisation.owner(), "/api/v1/sources", Map.of("kind", "BUILT_IN", "name", "x\u0000"), 400)
			.path("type").asString()).isEqualTo("urn:katib:problem:validation-failed");
	}

	@Test
	void refusesAnUnpairedSurrogateAsInvalid() {
		String body = "{\"fields\":{\"Name\":\"\\ud800 alone\"}}";

		byte[] answer = client().post().uri(tablePath + "/records")
			.header("Authorization", accounts.bearer(organisation.owner()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body.getBytes(StandardCharsets.UTF_8))
			.exchange().expectStatus().isBadRequest()
			.expectBody().returnResult().getResponseBody();

		assertThat(new String(answer, StandardCharsets.UTF_8)).contains("validation-failed");
	}

	@Test
	void refusesValuesOfTheWrongShape() {
		assertThat(api.post(organisation.owner(), tablePath + "/records", Map.of("fields", Map.of("Age", Map.of("x", 1))), 400)
			.path("field").asString()).isEqualTo("Age");
		assertThat(api.post(organisation.owner(), tablePath + "/records", Map.of("fields", "not an object"), 400)
			.path("type").asString()).isEqualTo("urn:katib:problem:malformed-request");
		JsonNode unknownKind = api.post(organisation.owner(), "/api/v1/sources", Map.of("kind", "FTP", "name", "x"), 400);
		assertThat(unknownKind.path("type").asString()).isEqualTo("urn:katib:problem:validation-failed");
		assertThat(unknownKind.toString()).contains("kind").contains("AIRTABLE");
		assertThat(api.get(organisation.owner(), tablePath + "/records?pageSize=many", 400).path("type").asString())
			.isEqualTo("urn:katib:problem:malformed-request");
		assertThat(api.get(organisation.owner(), tablePath + "/records?pageSize=1000", 400).path("type").asString())
			.isEqualTo("urn:katib:problem:validation-failed");
		assertThat(api.post(organisation.owner(), tablePath + "/imports",
				Map.of("header", java.util.List.of("Name"), "rows", java.util.List.of(java.util.List.of("a", "b"))), 400)
			.path("detail").asString()).contains("Row 1");
		assertThat(api.get(organisation.owner(), "/api/v1/sources/not-a-uuid", 400).path("type").asString())
			.isEqualTo("urn:katib:problem:malformed-request");
	}

	@Test
	void anotherOrganisationsIdsAreNotFound() {
		TestAccounts.Account stranger = accounts.member(accounts.organisation(), Role.OWNER);
		String id = api.post(organisation.owner(), tablePath + "/records", Map.of("fields", Map.of("Name", "سر")), 201)
			.path("id").asString();

		api.get(stranger, tablePath + "/records/" + id, 404);
		api.get(stranger, tablePath, 404);
		api.get(stranger, "/api/v1/sources/imports/" + UUID.randomUUID(), 404);
		client().delete().uri(tablePath + "/records/" + id).header("Authorization", accounts.bearer(stranger))
			.exchange().expectStatus().isNotFound();
		assertThat(api.get(organisation.owner(), tablePath + "/records/" + id, 200).path("fields").path("Name").asString())
			.isEqualTo("سر");
	}

	@Test
	void anUnknownRecordIdIsNotFoundWhateverItLooksLike() {
		api.get(organisation.owner(), tablePath + "/records/" + UUID.randomUUID(), 404);
		api.get(organisation.owner(), tablePath + "/records/abc", 404);
	}

	@Test
	void aTableNameWithANulOrOfTheWrongTypeIsRefusedAndAnUnknownTableIsNotFound() {
		assertThat(api.patch(organisation.owner(), tablePath, Map.of("name", "x\u0000y"), 400).path("type").asString())
			.isEqualTo("urn:katib:problem:validation-failed");
		assertThat(api.patch(organisation.owner(), tablePath, Map.of("name", Map.of("a", 1)), 400).path("type").asString())
			.startsWith("urn:katib:problem:");
		assertThat(api.patch(organisation.owner(), tablePath, Map.of("name", "ن".repeat(201)), 400).path("type").asString())
			.isEqualTo("urn:katib:problem:validation-failed");
		String tables = tablePath.substring(0, tablePath.lastIndexOf('/') + 1);
		api.patch(organisation.owner(), tables + "abc", Map.of("name", "n"), 404);
		api.delete(organisation.owner(), tables + UUID.randomUUID(), 404);
		api.delete(organisation.owner(), tables + "%00", 400);
		assertThat(api.get(organisation.owner(), tablePath, 200).path("name").asString()).isEqualTo("People");
	}
}
