package dev.katib.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.katib.accounts.Role;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.TestOrganisation;

/** A writer's preferences are theirs alone: another writer never sees, changes or removes them. */
class PreferencesApiIntegrationTests extends IntegrationTest {

	private static final String PREFERENCES = "/api/v1/me/preferences";

	private KnowledgeApiClient api;

	private TestOrganisation organisation;

	private String writer;

	private String colleague;

	@BeforeEach
	void setUp() {
		api = new KnowledgeApiClient(baseUrl());
		organisation = accounts.organisation();
		writer = accounts.bearer(accounts.member(organisation, Role.WRITER));
		colleague = accounts.bearer(accounts.member(organisation, Role.WRITER, Role.ADMIN));
	}

	@Test
	void aWriterAddsEditsAndDeletesTheirOwnPreferences() {
		var added = api.send("POST", PREFERENCES, Map.of("text", "Keep it short."), writer);
		String id = added.json().get("id").asString();
		var edited = api.send("PUT", PREFERENCES + "/" + id, Map.of("text", "Keep it under one page."), writer);

		assertThat(added.status()).isEqualTo(201);
		assertThat(edited.json().get("text").asString()).isEqualTo("Keep it under one page.");
		assertThat(api.send("GET", PREFERENCES, null, writer).json().get(0).get("text").asString())
			.isEqualTo("Keep it under one page.");
		assertThat(api.send("DELETE", PREFERENCES + "/" + id, null, writer).status()).isEqualTo(204);
		assertThat(api.send("GET", PREFERENCES, null, writer).json()).isEmpty();
	}

	@Test
	void aColleagueEvenAnAdminNeverSeesChangesOrDeletesAnothersPreference() {
		String id = api.send("POST", PREFERENCES, Map.of("text", "Always mention project KX-77."), writer).json()
			.get("id").asString();

		assertThat(api.send("GET", PREFERENCES, null, colleague).body()).doesNotContain("KX-77");
		assertThat(api.send("PUT", PREFERENCES + "/" + id, Map.of("text", "Hijacked."), colleague).status())
			.isEqualTo(404);
		assertThat(api.send("DELETE", PREFERENCES + "/" + id, null, colleague).status()).isEqualTo(404);
		assertThat(api.send("GET", PREFERENCES, null, writer).json().get(0).get("text").asString())
			.isEqualTo("Always mention project KX-77.");
	}

	@Test
	void preferencesAreForWritersAndHaveLimits() {
		String viewer = accounts.bearer(accounts.member(organisation, Role.VIEWER));
		for (int n = 1; n <= 20; n++) {
			api.send("POST", PREFERENCES, Map.of("text", "Preference " + n), writer);
		}

		assertThat(api.send("GET", PREFERENCES, null, viewer).status()).isEqualTo(403);
		assertThat(api.send("POST", PREFERENCES, Map.of("text", "x".repeat(301)), colleague).status()).isEqualTo(400);
		assertThat(api.send("POST", PREFERENCES, Map.of("text", " "), colleague).status()).isEqualTo(400);
		var overLimit = api.send("POST", PREFERENCES, Map.of("text", "One too many"), writer);
		assertThat(overLimit.status()).isEqualTo(409);
		assertThat(overLimit.problemType()).isEqualTo("urn:katib:problem:knowledge-limit-reached");
	}
}
