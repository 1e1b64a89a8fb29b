package dev.katib.letters;

import static dev.katib.letters.LetterRequests.arabic;
import static dev.katib.letters.LetterRequests.english;
import static dev.katib.letters.LetterRequests.with;
import static dev.katib.letters.LetterRequests.without;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.katib.accounts.Role;
import dev.katib.knowledge.Language;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

class LettersApiIntegrationTests extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	WritingKnowledge knowledge;

	private TestOrganisation organisation;
	private Account writer;

	@BeforeEach
	void createOrganisation() {
		organisation = accounts.organisation();
		writer = accounts.member(organisation, Role.WRITER);
	}

	@Test
	void draftsAnArabicLetterWithoutAiBeforeAnsweringAndShowsItWithItsDates() {
		JsonNode letter = create(writer, arabic());

		assertThat(letter.path("status").asString()).isEqualTo("DRAFT");
		assertThat(letter.path("language").asString()).isEqualTo("ar");
		assertThat(letter.path("drafting").asString()).isEqualTo("DONE");
		assertThat(letter.path("recipient").path("jobTitle").asString()).isEqualTo("مدير إدارة الموارد البشرية");
		assertThat(letter.path("writer").path("id").asString()).isEqualTo(writer.memberId().toString());
		assertThat(letter.path("dates").path("hijri").asString()).endsWith("هـ");
		JsonNode version = letter.path("version");
		assertThat(version.path("number").asInt()).isEqualTo(1);
		assertThat(version.path("source").asString()).isEqualTo("DRAFTED_WITHOUT_AI");
		assertThat(version.path("draftedWithoutAi").asBoolean()).isTrue();
		JsonNode content = version.path("content");
		assertThat(content.path("basmala").asBoolean()).isTrue();
		assertThat(content.path("addressee").path("prayer").asString()).isEqualTo("سلمه الله");
		assertThat(content.path("greeting").asString()).isEqualTo("السلام عليكم ورحمة الله وبركاته");
		assertThat(content.path("closing").path("text").asString()).endsWith("،،،");
		assertThat(content.path("paragraphs").toString()).contains("تمديد فترة التدريب الميداني");

		JsonNode read = get(writer, "/api/v1/letters/" + letter.path("id").asString());
		assertThat(read.path("version").path("content")).isEqualTo(content);
	}

	@Test
	void introducesTheOrganisationOnlyInItsFirstLetterToARecipient() {
		knowledge.setIntroduction(organisation.tenantId(), Language.ENGLISH,
				"Gulf Training Institute prepares engineers for the energy sector.");

		JsonNode first = create(writer, english());
		JsonNode second = create(writer, english());

		assertThat(first.path("version").path("content").path("paragraphs").toString())
			.contains("Gulf Training Institute prepares engineers");
		assertThat(second.path("version").path("content").path("paragraphs").toString())
			.doesNotContain("Gulf Training Institute prepares engineers");
	}

	@Test
	void aFollowUpCitesTheNumberAndDateOurEarlierLetterWasIssuedWith() {
		Account admin = accounts.member(organisation, Role.ADMIN);
		String earlier = create(writer, arabic()).path("id").asString();
		post(writer, "/api/v1/letters/" + earlier + "/submit");
		JsonNode approved = post(admin, "/api/v1/letters/" + earlier + "/approve");
		String number = approved.path("number").asString();

		JsonNode followUp = create(writer, with(arabic(), "followsUp", earlier));

		assertThat(number).isNotBlank();
		assertThat(get(writer, "/api/v1/letters/" + earlier).path("number").asString()).isEqualTo(number);
		assertThat(followUp.path("followsUp").asString()).isEqualTo(earlier);
		assertThat(followUp.path("version").path("content").path("paragraphs").get(0).asString())
			.startsWith("إلحاقاً لخطابنا رقم " + number + " وتاريخ ")
			.contains("هـ");
	}

	@Test
	void anOfflineReplyCitesTheNumberAndDateOfTheLetterItAnswersAndIsIssuedWithANumberOfItsOwn() {
		Account admin = accounts.member(organisation, Role.ADMIN);
		String original = create(writer, arabic()).path("id").asString();
		post(writer, "/api/v1/letters/" + original + "/submit");
		String originalNumber = post(admin, "/api/v1/letters/" + original + "/approve").path("number").asString();

		JsonNode reply = create(writer, with(arabic(), "replyTo", original));
		String replyId = reply.path("id").asString();
		post(writer, "/api/v1/letters/" + replyId + "/submit");
		String replyNumber = post(admin, "/api/v1/letters/" + replyId + "/approve").path("number").asString();

		assertThat(reply.path("replyTo").asString()).isEqualTo(original);
		assertThat(get(writer, "/api/v1/letters/" + replyId).path("replyTo").asString()).isEqualTo(original);
		assertThat(reply.path("version").path("draftedWithoutAi").asBoolean()).isTrue();
		assertThat(reply.path("version").path("content").path("paragraphs").get(0).asString())
			.startsWith("إشارة إلى خطابكم رقم " + originalNumber + " وتاريخ ")
			.contains("هـ");
		assertThat(replyNumber).isNotBlank().isNotEqualTo(originalNumber);
		assertThat(get(writer, "/api/v1/letters/" + original).path("number").asString()).isEqualTo(originalNumber);
	}

	private JsonNode post(Account account, String path) {
		return client().post().uri(path)
			.header("Authorization", accounts.bearer(account))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of())
			.exchange()
			.expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	@Test
	void editsADraftByHandIntoANewVersionAndRefusesAStaleEdit() {
		JsonNode letter = create(writer, arabic());
		String id = letter.path("id").asString();
		ObjectNode content = (ObjectNode) letter.path("version").path("content").deepCopy();
		content.putArray("paragraphs").add("نرجو التكرم بالموافقة على تمديد فترة التدريب الميداني حتى نهاية الفصل.");

		JsonNode edited = client().put().uri("/api/v1/letters/" + id + "/content")
			.header("Authorization", accounts.bearer(writer))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("basedOn", 1, "content", content))
			.exchange()
			.expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();

		assertThat(edited.path("version").path("number").asInt()).isEqualTo(2);
		assertThat(edited.path("version").path("source").asString()).isEqualTo("EDITED_BY_HAND");
		assertThat(edited.path("version").path("content").path("paragraphs").get(0).asString())
			.contains("حتى نهاية الفصل");
		assertThat(get(writer, "/api/v1/letters?q=" + "نهايه الفصل").path("total").asLong()).isEqualTo(1);
		client().put().uri("/api/v1/letters/" + id + "/content")
			.header("Authorization", accounts.bearer(writer))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("basedOn", 1, "content", content))
			.exchange()
			.expectStatus().isEqualTo(409)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:katib:problem:conflict")
			.jsonPath("$.currentVersion").isEqualTo(2);
		JsonNode versions = get(writer, "/api/v1/letters/" + id + "/versions");
		assertThat(versions.findValuesAsString("source")).containsExactly("DRAFTED_WITHOUT_AI", "EDITED_BY_HAND");
	}

	@Test
	void letsOnlyTheWriterOrAnAdminEditADraft() {
		JsonNode letter = create(writer, arabic());
		Account colleague = accounts.member(organisation, Role.WRITER);
		Account admin = accounts.member(organisation, Role.ADMIN);
		Map<String, Object> edit = Map.of("basedOn", 1, "content", letter.path("version").path("content"));

		client().put().uri("/api/v1/letters/" + letter.path("id").asString() + "/content")
			.header("Authorization", accounts.bearer(colleague))
			.contentType(MediaType.APPLICATION_JSON).body(edit).exchange()
			.expectStatus().isForbidden();
		client().put().uri("/api/v1/letters/" + letter.path("id").asString() + "/content")
			.header("Authorization", accounts.bearer(admin))
			.contentType(MediaType.APPLICATION_JSON).body(edit).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.version.author.id").isEqualTo(admin.memberId().toString());
	}

	@Test
	void neverShowsOrEditsAnotherOrganisationsLetter() {
		JsonNode letter = create(writer, arabic());
		TestOrganisation other = accounts.organisation();
		Account stranger = accounts.member(other, Role.WRITER, Role.ADMIN);
		String id = letter.path("id").asString();

		client().get().uri("/api/v1/letters/" + id).header("Authorization", accounts.bearer(stranger)).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo("urn:katib:problem:not-found");
		client().get().uri("/api/v1/letters/" + id + "/versions").header("Authorization", accounts.bearer(stranger))
			.exchange().expectStatus().isNotFound();
		client().put().uri("/api/v1/letters/" + id + "/content").header("Authorization", accounts.bearer(stranger))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("basedOn", 1, "content", letter.path("version").path("content"))).exchange()
			.expectStatus().isNotFound();
		assertThat(get(stranger, "/api/v1/letters").path("total").asLong()).isZero();
	}

	@Test
	void findsLettersByTextWithArabicSpellingsFoldedAndByCategoryAndStatus() {
		create(writer, arabic());
		create(writer, english());

		JsonNode byArabicText = get(writer, "/api/v1/letters?q=" + "الميدانى");
		JsonNode byRecipient = get(writer, "/api/v1/letters?recipient=collins");
		JsonNode drafts = get(writer, "/api/v1/letters?status=DRAFT&category=request&size=1");

		assertThat(byArabicText.path("total").asLong()).isEqualTo(1);
		assertThat(byArabicText.path("items").get(0).path("language").asString()).isEqualTo("ar");
		assertThat(byRecipient.path("items").get(0).path("recipient").path("name").asString())
			.isEqualTo("Sarah Collins");
		assertThat(drafts.path("total").asLong()).isEqualTo(2);
		assertThat(drafts.path("items")).hasSize(1);
	}

	@Test
	void aSearchCountsEveryMatchOnEachPageAndPastTheLast() {
		create(writer, arabic());
		create(writer, arabic());
		create(writer, english());

		JsonNode first = get(writer, "/api/v1/letters?q=" + "الميدانى" + "&size=1");
		JsonNode second = get(writer, "/api/v1/letters?q=" + "الميدانى" + "&size=1&page=1");
		JsonNode past = get(writer, "/api/v1/letters?q=" + "الميدانى" + "&size=1&page=5");

		assertThat(first.path("total").asLong()).isEqualTo(2);
		assertThat(second.path("total").asLong()).isEqualTo(2);
		assertThat(second.path("items").get(0).path("id").asString())
			.isNotEqualTo(first.path("items").get(0).path("id").asString());
		assertThat(past.path("total").asLong()).isEqualTo(2);
		assertThat(past.path("items")).isEmpty();
	}

	@Test
	void aSearchCountFollowsEveryNewLetterAndEveryChangeOfStatus() {
		String first = create(writer, arabic()).path("id").asString();
		String drafts = "/api/v1/letters?status=DRAFT&q=" + "الميدانى";
		assertThat(get(writer, drafts).path("total").asLong()).isEqualTo(1);

		create(writer, arabic());
		assertThat(get(writer, drafts).path("total").asLong()).isEqualTo(2);

		post(writer, "/api/v1/letters/" + first + "/submit");
		assertThat(get(writer, drafts).path("total").asLong()).isEqualTo(1);
		assertThat(get(writer, drafts).path("items")).hasSize(1);
	}

	@Test
	void answersBadInputWithProblemDetailsNamingTheField() {
		problem(with(arabic(), "category", "no-such-category"), "category");
		problem(without(arabic(), "recipient"), "recipient");
		problem(with(arabic(), "request", "ت".repeat(2_001)), "request");
		problem(with(arabic(), "request", "قصير"), "request");
		problem(with(arabic(), "language", "fr"), "language");
		problem(with(arabic(), "recipient", Map.of("honorific", "majesty", "name", "فلان")), "recipient.honorific");
		problem(with(arabic(), "recipientId", "0190f5b2-0000-7000-8000-000000000000"), "recipientId");
	}

	@Test
	void keepsTheLetterWithTheReasonWhenTheOfflineEngineCannotDraftTheRequest() {
		JsonNode letter = create(writer, with(arabic(), "request", LetterRequests.ENGLISH_REQUEST));

		assertThat(letter.path("drafting").asString()).isEqualTo("FAILED");
		assertThat(letter.path("version").isMissingNode() || letter.path("version").isNull()).isTrue();
		assertThat(letter.path("problem").path("type").asString()).isEqualTo("urn:katib:problem:letter-invalid");
		assertThat(letter.path("problem").path("detail").asString()).contains("offline engine");
	}

	@Test
	void refusesDraftingToMembersWhoMayOnlyRead() {
		Account viewer = accounts.member(organisation, Role.VIEWER);
		client().post().uri("/api/v1/letters").header("Authorization", accounts.bearer(viewer))
			.contentType(MediaType.APPLICATION_JSON).body(arabic()).exchange()
			.expectStatus().isForbidden();
	}

	@Test
	void givesTheSameLetterToARetryWithTheSameIdempotencyKeyAndRefusesTheKeyForAnotherRequest() {
		JsonNode first = create(writer, arabic(), "retry-1");
		JsonNode again = create(writer, arabic(), "retry-1");

		assertThat(again.path("id")).isEqualTo(first.path("id"));
		assertThat(get(writer, "/api/v1/letters").path("total").asLong()).isEqualTo(1);
		client().post().uri("/api/v1/letters").header("Authorization", accounts.bearer(writer))
			.header("Idempotency-Key", "retry-1")
			.contentType(MediaType.APPLICATION_JSON).body(english()).exchange()
			.expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.type").isEqualTo("urn:katib:problem:idempotency-key-reused");
	}

	private void problem(Map<String, Object> body, String field) {
		client().post().uri("/api/v1/letters").header("Authorization", accounts.bearer(writer))
			.contentType(MediaType.APPLICATION_JSON).body(body).exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:katib:problem:validation-failed")
			.jsonPath("$.field").isEqualTo(field);
	}

	private JsonNode create(Account account, Map<String, Object> body) {
		return create(account, body, null);
	}

	private JsonNode create(Account account, Map<String, Object> body, String key) {
		var request = client().post().uri("/api/v1/letters").header("Authorization", accounts.bearer(account));
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.contentType(MediaType.APPLICATION_JSON).body(body).exchange()
			.expectStatus().isCreated()
			.expectHeader().exists("Location")
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	private JsonNode get(Account account, String uri) {
		return client().get().uri(uri).header("Authorization", accounts.bearer(account)).exchange()
			.expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}
}
