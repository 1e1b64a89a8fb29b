package dev.katib.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import dev.katib.accounts.Role;
import dev.katib.knowledge.Language;
import dev.katib.letters.LetterHistory;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.TestOrganisation;

/** The recipients directory: read by all who read letters, added to while drafting, kept by administrators. */
class RecipientsApiIntegrationTests extends IntegrationTest {

	private static final String RECIPIENTS = "/api/v1/knowledge/recipients";

	@Autowired
	dev.katib.letters.LetterFixtures letterFixtures;

	private KnowledgeApiClient api;

	private TestOrganisation organisation;

	private String admin;

	private String writer;

	@BeforeEach
	void setUp() {
		api = new KnowledgeApiClient(baseUrl());
		organisation = accounts.organisation();
		admin = accounts.bearer(accounts.member(organisation, Role.ADMIN));
		writer = accounts.bearer(accounts.member(organisation, Role.WRITER));
	}

	@Test
	void aWriterAddsARecipientWhileDraftingAndFindsItWithAnotherSpelling() {
		var added = api.send("POST", RECIPIENTS, recipient("أحمد بن علي", "saada", "MALE", "ahmad@example.org"), writer);

		assertThat(added.status()).isEqualTo(201);
		assertThat(added.json().get("honorific").asString()).isEqualTo("saada");
		assertThat(added.json().get("email").asString()).isEqualTo("ahmad@example.org");
		var found = api.send("GET", RECIPIENTS + "?q=" + encode("احمد"), null, writer).json();
		assertThat(found.get("total").asLong()).isEqualTo(1);
		assertThat(found.get("items").get(0).get("name").asString()).isEqualTo("أحمد بن علي");
		assertThat(api.send("GET", RECIPIENTS + "/" + added.json().get("id").asString(), null, writer).json()
			.get("organisation").asString()).isEqualTo("وزارة الصحة");
	}

	@Test
	void theDirectoryIsListedInPagesByName() {
		for (String name : List.of("سارة", "باسم", "أمل", "تركي", "ثامر")) {
			api.send("POST", RECIPIENTS, recipient(name, "mister", null, null), admin);
		}

		var first = api.send("GET", RECIPIENTS + "?size=2", null, writer).json();
		var third = api.send("GET", RECIPIENTS + "?size=2&page=2", null, writer).json();

		assertThat(first.get("total").asLong()).isEqualTo(5);
		assertThat(names(first)).containsExactly("أمل", "باسم");
		assertThat(names(third)).containsExactly("سارة");
	}

	@Test
	void anAdminChangesAndRemovesAnEntryButNotOneLettersAreAddressedTo() {
		String id = api.send("POST", RECIPIENTS, recipient("Omar", "engineer", "MALE", null), admin).json()
			.get("id").asString();
		String used = api.send("POST", RECIPIENTS, recipient("Huda", "doctor", "FEMALE", null), admin).json()
			.get("id").asString();
		letterFixtures.opened(organisation.tenantId(), UUID.randomUUID(), "request", Language.ENGLISH,
				UUID.fromString(used));

		var changed = api.send("PUT", RECIPIENTS + "/" + id, recipient("Omar Al-Harbi", "engineer", "MALE",
				"omar@example.org"), admin);
		var removed = api.send("DELETE", RECIPIENTS + "/" + id, null, admin);
		var kept = api.send("DELETE", RECIPIENTS + "/" + used, null, admin);

		assertThat(changed.json().get("name").asString()).isEqualTo("Omar Al-Harbi");
		assertThat(removed.status()).isEqualTo(204);
		assertThat(api.send("GET", RECIPIENTS + "/" + id, null, admin).status()).isEqualTo(404);
		assertThat(kept.status()).isEqualTo(409);
		assertThat(kept.problemType()).isEqualTo("urn:katib:problem:recipient-in-use");
	}

	@Test
	void writersAddButDoNotChangeOrRemoveAndViewersOnlyRead() {
		String viewer = accounts.bearer(accounts.member(organisation, Role.VIEWER));
		String id = api.send("POST", RECIPIENTS, recipient("Layla", "mister", "FEMALE", null), admin).json()
			.get("id").asString();

		assertThat(api.send("PUT", RECIPIENTS + "/" + id, recipient("Layla K", "mister", "FEMALE", null), writer)
			.status()).isEqualTo(403);
		assertThat(api.send("DELETE", RECIPIENTS + "/" + id, null, writer).status()).isEqualTo(403);
		assertThat(api.send("POST", RECIPIENTS, recipient("Someone", "mister", null, null), viewer).status())
			.isEqualTo(403);
		assertThat(api.send("GET", RECIPIENTS, null, viewer).status()).isEqualTo(200);
		assertThat(api.send("GET", RECIPIENTS, null, null).status()).isEqualTo(401);
	}

	@Test
	void anotherOrganisationNeitherFindsNorTouchesTheseRecipients() {
		String id = api.send("POST", RECIPIENTS, recipient("نورة القحطاني", "doctor", "FEMALE", null), admin).json()
			.get("id").asString();
		String stranger = accounts.bearer(accounts.organisation().owner());

		assertThat(api.send("GET", RECIPIENTS + "?q=" + encode("نوره"), null, stranger).json().get("total").asLong())
			.isZero();
		assertThat(api.send("GET", RECIPIENTS + "/" + id, null, stranger).status()).isEqualTo(404);
		assertThat(api.send("PUT", RECIPIENTS + "/" + id, recipient("x", "mister", null, null), stranger).status())
			.isEqualTo(404);
		assertThat(api.send("DELETE", RECIPIENTS + "/" + id, null, stranger).status()).isEqualTo(404);
	}

	@Test
	void badRecipientsGetProblemDetailsNamingTheField() {
		assertThat(field(api.send("POST", RECIPIENTS, recipient("A", "your-majesty", null, null), admin)))
			.isEqualTo("recipient.honorific");
		assertThat(field(api.send("POST", RECIPIENTS, recipient("A", "mister", "OTHER", null), admin)))
			.isEqualTo("recipient.gender");
		assertThat(field(api.send("POST", RECIPIENTS, recipient("A", "mister", null, "not-an-address"), admin)))
			.isEqualTo("email");
		assertThat(field(api.send("POST", RECIPIENTS, recipient("ا".repeat(201), "mister", null, null), admin)))
			.isEqualTo("recipient.name");
		assertThat(field(api.send("POST", RECIPIENTS, recipient("  ", "mister", null, null), admin)))
			.isEqualTo("recipient");
		var longQuery = api.send("GET", RECIPIENTS + "?q=" + "x".repeat(101), null, admin);
		assertThat(longQuery.status()).isEqualTo(400);
	}

	private static String field(KnowledgeApiClient.Response response) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo("urn:katib:problem:validation-failed");
		return response.json().get("field").asString();
	}

	static Map<String, Object> recipient(String name, String honorific, String gender, String email) {
		Map<String, Object> recipient = new HashMap<>();
		recipient.put("name", name);
		recipient.put("honorific", honorific);
		recipient.put("gender", gender);
		recipient.put("jobTitle", name.isBlank() ? null : "مدير عام");
		recipient.put("organisation", name.isBlank() ? null : "وزارة الصحة");
		recipient.put("email", email);
		recipient.put("phone", "+966 11 000 0000");
		return recipient;
	}

	private static List<String> names(JsonNode page) {
		return page.get("items").valueStream().map(node -> node.get("name").asString()).toList();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}
}
