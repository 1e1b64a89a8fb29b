package dev.katib.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import dev.katib.accounts.Role;
import dev.katib.letters.LetterRequests;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import tools.jackson.databind.JsonNode;

/** The audit log reads as sentences in the reader's language, naming letters by their numbers. */
class AuditSentencesIntegrationTests extends IntegrationTest {

	@Test
	void anOwnerReadsWhoDidWhatToWhichLetterInEnglishAndArabic() {
		var organisation = accounts.organisation();
		Account writer = accounts.member(organisation, Role.WRITER);
		Account owner = organisation.owner();
		String letter = client().post().uri("/api/v1/letters").header("Authorization", accounts.bearer(writer))
			.contentType(MediaType.APPLICATION_JSON).body(LetterRequests.arabic())
			.exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
			.path("id").asString();
		post(writer, "/api/v1/letters/" + letter + "/submit");
		String number = post(owner, "/api/v1/letters/" + letter + "/approve").path("number").asString();
		post(owner, "/api/v1/letters/" + letter + "/sign");
		String cookie = accounts.sessionCookie(baseUrl(), owner);

		String english = page("/admin/audit?lang=en", cookie);
		String arabic = page("/admin/audit?lang=ar", cookie);

		assertThat(english).contains("signed letter \u2068" + number + "\u2069")
			.contains("approved letter \u2068" + number + "\u2069")
			.contains("submitted letter \u2068" + number + "\u2069 for review");
		assertThat(arabic).contains("توقيع الخطاب \u2068" + number + "\u2069");
	}

	private String page(String path, String cookie) {
		return client().get().uri(path).header("Cookie", cookie).exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
	}

	private JsonNode post(Account who, String path) {
		return client().post().uri(path).header("Authorization", accounts.bearer(who))
			.contentType(MediaType.APPLICATION_JSON).body(Map.of())
			.exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
	}
}
