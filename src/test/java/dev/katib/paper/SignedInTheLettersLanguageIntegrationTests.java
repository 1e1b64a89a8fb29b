package dev.katib.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.Role;
import dev.katib.documents.Letterheads;
import dev.katib.letters.LetterFixtures;
import dev.katib.letters.LetterRequests;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;
import tools.jackson.databind.JsonNode;

/** People's names and job titles in two languages, and letters signed in their own. */
class SignedInTheLettersLanguageIntegrationTests extends IntegrationTest {

	@Autowired
	LetterFixtures letterFixtures;

	@Autowired
	Letterheads letterheads;

	@Autowired
	JdbcClient jdbc;

	TestOrganisation org;

	Account writer;

	@BeforeEach
	void anOrganisationWithALetterhead() {
		org = accounts.organisation();
		writer = accounts.member(org, Role.WRITER);
		new PaperFixtures(letterFixtures, letterheads, jdbc).activeLetterhead(org.tenantId());
		profile(writer, "فاطمة الزهراني", "Fatimah Al-Zahrani", "مديرة إدارة التدريب", "Head of Training Programmes")
			.expectStatus().isOk();
	}

	@Test
	void aMemberKeepsTheirNamesAndJobTitlesInBothLanguages() {
		JsonNode me = client().get().uri("/api/v1/me").header("Authorization", accounts.bearer(writer))
			.exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

		assertThat(me.path("profile").path("arabicName").asString()).isEqualTo("فاطمة الزهراني");
		assertThat(me.path("profile").path("englishJobTitle").asString()).isEqualTo("Head of Training Programmes");
		assertThat(me.path("name").asString()).as("shown in the member's own language, Arabic").isEqualTo("فاطمة الزهراني");
	}

	@Test
	void aDraftIsSignedByItsWriterInTheLettersLanguage() {
		JsonNode arabic = draft(LetterRequests.arabic());
		JsonNode english = draft(LetterRequests.english());

		assertThat(arabic.path("version").path("content").path("signature").path("name").asString())
			.isEqualTo("فاطمة الزهراني");
		assertThat(arabic.path("version").path("content").path("signature").path("jobTitle").asString())
			.isEqualTo("مديرة إدارة التدريب");
		assertThat(english.path("version").path("content").path("signature").path("name").asString())
			.isEqualTo("Fatimah Al-Zahrani");
		assertThat(english.path("version").path("content").path("signature").path("jobTitle").asString())
			.isEqualTo("Head of Training Programmes");
	}

	@Test
	void theSignedPaperBearsTheSignersNameAndJobTitleNotTheWritersOrAnEmail() {
		Account signer = accounts.member(org, Role.SIGNER);
		profile(signer, "عبدالله بن سعد العتيبي", "Abdullah Al-Otaibi", "المدير العام", "Director General")
			.expectStatus().isOk();
		Account admin = accounts.member(org, Role.ADMIN);
		String arabic = draft(LetterRequests.arabic()).path("id").asString();
		String english = draft(LetterRequests.english()).path("id").asString();
		for (String letter : new String[] { arabic, english }) {
			post(writer, "/api/v1/letters/" + letter + "/submit");
			post(admin, "/api/v1/letters/" + letter + "/approve");
			post(signer, "/api/v1/letters/" + letter + "/sign");
		}

		String arabicPaper = PaperFixtures.text(pdf(arabic));
		String englishPaper = PaperFixtures.text(pdf(english));

		assertThat(arabicPaper).contains("عبدالله بن سعد العتيبي").contains("المدير العام")
			.doesNotContain("مديرة إدارة التدريب").doesNotContain(signer.email());
		assertThat(englishPaper).contains("Abdullah Al-Otaibi").contains("Director General")
			.doesNotContain("Head of Training Programmes").doesNotContain(signer.email());
	}

	@Test
	void refusesNamesWithNulCharactersOrTooLongAndNoNameAtAllAndKeepsWhatWasThere() {
		profile(writer, "فاطمة\u0000", null, null, null).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo("urn:katib:problem:validation-failed");
		profile(writer, "ف".repeat(201), null, null, null).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.field").isEqualTo("arabicName");
		profile(writer, " ", "", null, "Director").expectStatus().isBadRequest();

		client().get().uri("/api/v1/me").header("Authorization", accounts.bearer(writer))
			.exchange().expectBody().jsonPath("$.profile.arabicName").isEqualTo("فاطمة الزهراني");
	}

	@Test
	void anAdminSetsAColleaguesJobTitleButNotAnotherOrganisationsAndAWriterNobodys() {
		Account admin = accounts.member(org, Role.ADMIN);
		TestOrganisation other = accounts.organisation();
		Map<String, Object> body = Map.of("arabicName", "سارة", "arabicJobTitle", "مديرة المكتب");

		client().put().uri("/api/v1/members/{id}/profile", writer.memberId())
			.header("Authorization", accounts.bearer(admin)).contentType(MediaType.APPLICATION_JSON).body(body)
			.exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.profile.arabicJobTitle").isEqualTo("مديرة المكتب");
		client().put().uri("/api/v1/members/{id}/profile", writer.memberId())
			.header("Authorization", accounts.bearer(other.owner())).contentType(MediaType.APPLICATION_JSON).body(body)
			.exchange().expectStatus().isNotFound();
		client().put().uri("/api/v1/members/{id}/profile", admin.memberId())
			.header("Authorization", accounts.bearer(writer)).contentType(MediaType.APPLICATION_JSON).body(body)
			.exchange().expectStatus().isForbidden();
	}

	private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec profile(Account who, String arabicName,
			String englishName, String arabicJobTitle, String englishJobTitle) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("arabicName", arabicName);
		body.put("englishName", englishName);
		body.put("arabicJobTitle", arabicJobTitle);
		body.put("englishJobTitle", englishJobTitle);
		return client().put().uri("/api/v1/me/profile").header("Authorization", accounts.bearer(who))
			.contentType(MediaType.APPLICATION_JSON).body(body).exchange();
	}

	private JsonNode draft(Map<String, Object> request) {
		return client().post().uri("/api/v1/letters").header("Authorization", accounts.bearer(writer))
			.contentType(MediaType.APPLICATION_JSON).body(request)
			.exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	private void post(Account who, String path) {
		client().post().uri(path).header("Authorization", accounts.bearer(who)).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of()).exchange().expectStatus().isOk();
	}

	private byte[] pdf(String letter) {
		return client().get().uri("/api/v1/letters/{id}/pdf", letter).header("Authorization", accounts.bearer(writer))
			.exchange().expectStatus().isOk().returnResult(byte[].class).getResponseBody();
	}
}
