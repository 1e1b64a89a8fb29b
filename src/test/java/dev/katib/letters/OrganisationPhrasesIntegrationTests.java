package dev.katib.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import dev.katib.accounts.Role;
import dev.katib.letters.composing.PhraseBank;
import dev.katib.knowledge.Language;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import tools.jackson.databind.JsonNode;

/** An organisation edits the phrases its offline letters are composed from, checked before they are kept. */
class OrganisationPhrasesIntegrationTests extends IntegrationTest {

	private static final String KATIBS_CLOSINGS = """
			    closings:
			      - "ونحن على ثقة بأن طلبنا سيحظى بعناية {you} واهتمامكم."
			      - "ونثق بحرصكم المعهود على التعاون معنا."
			      - "ونتطلع إلى تجاوبكم الكريم مع طلبنا هذا."
			""";

	private static final String OUR_CLOSINGS = """
			    closings:
			      - "وتفضلوا بقبول وافر الشكر على تعاونكم مع مدارسنا."
			      - "ونشكر لكم سلفاً عنايتكم بطلب مدارسنا."
			""";

	@Test
	void anOwnersOwnClosingsWriteTheirOfflineLettersAndNoOneElses() {
		var organisation = accounts.organisation();
		Account owner = organisation.owner();
		String katibs = phrases(owner, "ar").path("yaml").asString();
		assertThat(katibs).contains(KATIBS_CLOSINGS);
		assertThat(phrases(owner, "ar").path("own").asBoolean()).isFalse();

		put(owner, "ar", katibs.replace(KATIBS_CLOSINGS, OUR_CLOSINGS)).expectStatus().isOk()
			.expectBody().jsonPath("$.own").isEqualTo(true);

		assertThat(lastParagraph(draft(owner))).isIn("وتفضلوا بقبول وافر الشكر على تعاونكم مع مدارسنا.",
				"ونشكر لكم سلفاً عنايتكم بطلب مدارسنا.");
		var other = accounts.organisation();
		assertThat(lastParagraph(draft(other.owner()))).doesNotContain("مدارسنا");

		client().delete().uri("/api/v1/knowledge/phrases/ar").header("Authorization", accounts.bearer(owner))
			.exchange().expectStatus().isOk().expectBody().jsonPath("$.own").isEqualTo(false);
		assertThat(lastParagraph(draft(owner))).doesNotContain("مدارسنا");
	}

	@Test
	void refusesPhrasesWithAFigureOrThatCannotBeReadAndKeepsWhatWasThere() {
		var organisation = accounts.organisation();
		Account owner = organisation.owner();
		String katibs = PhraseBank.defaultText(Language.ARABIC);
		put(owner, "ar", katibs.replace(KATIBS_CLOSINGS, OUR_CLOSINGS)).expectStatus().isOk();

		put(owner, "ar", katibs.replace(KATIBS_CLOSINGS, OUR_CLOSINGS.replace("مدارسنا.", "مدارسنا منذ 2015.")))
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo("urn:katib:problem:validation-failed").jsonPath("$.field")
			.isEqualTo("yaml");
		put(owner, "en", "closings: [unclosed").expectStatus().isBadRequest();
		put(owner, "fr", katibs).expectStatus().isBadRequest();
		put(accounts.member(organisation, Role.WRITER), "ar", katibs).expectStatus().isForbidden();

		assertThat(phrases(owner, "ar").path("yaml").asString()).contains(OUR_CLOSINGS);
		assertThat(phrases(owner, "en").path("own").asBoolean()).isFalse();
	}

	@Test
	void thePageShowsThePhrasesAndKeepsWhatWasTypedWhenTheyAreRefused() throws Exception {
		var organisation = accounts.organisation();
		String cookie = accounts.sessionCookie(baseUrl(), organisation.owner());
		var http = java.net.http.HttpClient.newHttpClient();
		String page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl()
				+ "/admin/writing/phrases?language=en&lang=en")).header("Cookie", cookie).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString()).body();
		assertThat(page).contains("Phrases for drafting without AI").contains("These are Katib&#39;s phrases");
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
			.matcher(page);
		assertThat(csrf.find()).isTrue();

		var refused = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl()
				+ "/admin/writing/phrases/en?lang=en")).header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("yaml=closings%3A+%5B%3Cb%3Eunclosed&_csrf="
					+ csrf.group(1)))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("These phrases were not saved").contains("closings: [&lt;b&gt;unclosed")
			.doesNotContain("[<b>unclosed");
		assertThat(phrases(organisation.owner(), "en").path("own").asBoolean()).isFalse();
	}

	private JsonNode phrases(Account who, String language) {
		return client().get().uri("/api/v1/knowledge/phrases/{language}", language)
			.header("Authorization", accounts.bearer(who))
			.exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec put(Account who, String language,
			String yaml) {
		return client().put().uri("/api/v1/knowledge/phrases/{language}", language)
			.header("Authorization", accounts.bearer(who)).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("yaml", yaml)).exchange();
	}

	private JsonNode draft(Account who) {
		return client().post().uri("/api/v1/letters").header("Authorization", accounts.bearer(who))
			.contentType(MediaType.APPLICATION_JSON).body(LetterRequests.arabic())
			.exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	private static String lastParagraph(JsonNode letter) {
		JsonNode paragraphs = letter.path("version").path("content").path("paragraphs");
		return paragraphs.path(paragraphs.size() - 1).asString();
	}
}
