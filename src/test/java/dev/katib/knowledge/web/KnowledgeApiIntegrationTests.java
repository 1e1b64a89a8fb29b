package dev.katib.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import dev.katib.accounts.Role;
import dev.katib.knowledge.Language;
import dev.katib.letters.LetterHistory;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.TestOrganisation;

/** Owners and administrators keep the organisation's writing knowledge over the API; others only read. */
class KnowledgeApiIntegrationTests extends IntegrationTest {

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
	void anOrganisationStartsWithTheSevenCategoriesAndAnAdminAddsEditsAndRemovesItsOwn() {
		var seeded = api.send("GET", "/api/v1/knowledge/categories", null, writer);
		assertThat(seeded.status()).isEqualTo(200);
		assertThat(keys(seeded.json())).containsExactly("new-letter", "congratulation", "follow-up", "meeting", "reply",
				"invitation", "request");

		var added = api.send("POST", "/api/v1/knowledge/categories", category("condolence", "تعزية", "wish"), admin);
		var edited = api.send("PUT", "/api/v1/knowledge/categories/condolence",
				category("condolence", "تعزية ومواساة", "formal"), admin);
		var removed = api.send("DELETE", "/api/v1/knowledge/categories/condolence", null, admin);

		assertThat(added.status()).isEqualTo(201);
		assertThat(added.json().get("closingStyle").asString()).isEqualTo("wish");
		assertThat(edited.json().get("arabicName").asString()).isEqualTo("تعزية ومواساة");
		assertThat(edited.json().get("closingStyle").asString()).isEqualTo("formal");
		assertThat(removed.status()).isEqualTo(204);
		assertThat(keys(api.send("GET", "/api/v1/knowledge/categories", null, admin).json()))
			.doesNotContain("condolence");
	}

	@Test
	void twoAdministratorsEditingOneCategoryCannotOverwriteEachOther() {
		var added = api.send("POST", "/api/v1/knowledge/categories", category("thanks", "شكر", "wish"), admin);
		long seen = added.json().get("version").asLong();
		Map<String, Object> first = category("thanks", "شكر وتقدير", "wish");
		first.put("version", seen);
		Map<String, Object> second = category("thanks", "شكر جزيل", "formal");
		second.put("version", seen);

		var saved = api.send("PUT", "/api/v1/knowledge/categories/thanks", first, admin);
		var refused = api.send("PUT", "/api/v1/knowledge/categories/thanks", second, admin);

		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("version").asLong()).isGreaterThan(seen);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("type").asString()).isEqualTo("urn:katib:problem:conflict");
		assertThat(refused.json().get("currentVersion").asLong()).isEqualTo(saved.json().get("version").asLong());
		JsonNode kept = find(api.send("GET", "/api/v1/knowledge/categories", null, admin).json(), "key", "thanks");
		assertThat(kept.get("arabicName").asString()).isEqualTo("شكر وتقدير");
		assertThat(kept.get("closingStyle").asString()).isEqualTo("wish");
	}

	@Test
	void aCategoryWithoutAKeyGetsOneFromItsNamesNumberedWhenTaken() {
		var first = category(null, "تعزية", "wish");
		var second = category("", "تعزية أخرى", "wish");
		var arabicOnly = category(null, "شهادة خبرة", "formal");
		arabicOnly.put("englishName", "***");

		assertThat(api.send("POST", "/api/v1/knowledge/categories", first, admin).json().get("key").asString())
			.isEqualTo("condolence");
		assertThat(api.send("POST", "/api/v1/knowledge/categories", second, admin).json().get("key").asString())
			.isEqualTo("condolence-2");
		assertThat(api.send("POST", "/api/v1/knowledge/categories", arabicOnly, admin).json().get("key").asString())
			.as("from the Arabic name when the English one has no letters").isEqualTo("shhadt-khbrt");
	}

	@Test
	void aCategoryLettersWereWrittenInStays() {
		writeALetter(organisation.tenantId(), "request", null);

		var refused = api.send("DELETE", "/api/v1/knowledge/categories/request", null, admin);
		var categories = api.send("GET", "/api/v1/knowledge/categories", null, admin).json();

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("urn:katib:problem:category-in-use");
		JsonNode request = find(categories, "key", "request");
		assertThat(request.get("letters").asLong()).isEqualTo(1);
		assertThat(request.get("removable").asBoolean()).isFalse();
	}

	@Test
	void anAdminKeepsRulesForEveryCategoryAndForOne() {
		var general = api.send("POST", "/api/v1/knowledge/style-rules",
				Map.of("text", "Refer to the Ministry by its full name."), admin);
		var forRequests = api.send("POST", "/api/v1/knowledge/style-rules",
				Map.of("category", "request", "text", "State the deadline first."), admin);
		String id = forRequests.json().get("id").asString();
		var changed = api.send("PUT", "/api/v1/knowledge/style-rules/" + id,
				Map.of("category", "request", "text", "State the deadline in the first paragraph."), admin);

		assertThat(general.status()).isEqualTo(201);
		assertThat(general.json().has("category")).isFalse();
		assertThat(changed.json().get("text").asString()).isEqualTo("State the deadline in the first paragraph.");
		assertThat(texts(api.send("GET", "/api/v1/knowledge/style-rules", null, admin).json()))
			.containsExactly("Refer to the Ministry by its full name.", "State the deadline in the first paragraph.");
		assertThat(texts(api.send("GET", "/api/v1/knowledge/style-rules?category=request", null, admin).json()))
			.containsExactly("State the deadline in the first paragraph.");

		assertThat(api.send("DELETE", "/api/v1/knowledge/style-rules/" + id, null, admin).status()).isEqualTo(204);
		assertThat(api.send("DELETE", "/api/v1/knowledge/style-rules/" + id, null, admin).status()).isEqualTo(404);
	}

	@Test
	void badRulesAndReferenceLettersGetProblemDetails() {
		var unknownCategory = api.send("POST", "/api/v1/knowledge/style-rules",
				Map.of("category", "no-such-category", "text", "A rule."), admin);
		var blank = api.send("POST", "/api/v1/knowledge/style-rules", Map.of("text", "   "), admin);
		var tooLong = api.send("POST", "/api/v1/knowledge/style-rules", Map.of("text", "x".repeat(501)), admin);
		var letterTooLong = api.send("POST", "/api/v1/knowledge/reference-letters",
				Map.of("category", "request", "text", "ن".repeat(6001)), admin);

		assertThat(unknownCategory.status()).isEqualTo(400);
		assertThat(unknownCategory.json().get("field").asString()).isEqualTo("rule.category");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.problemType()).isEqualTo("urn:katib:problem:validation-failed");
		assertThat(tooLong.json().get("field").asString()).isEqualTo("rule.text");
		assertThat(letterTooLong.status()).isEqualTo(400);
	}

	@Test
	void aCategoryHasAtMostThreeReferenceLettersAsADraftCarries() {
		for (int n = 1; n <= 3; n++) {
			assertThat(api.send("POST", "/api/v1/knowledge/reference-letters",
					Map.of("category", "invitation", "text", "يسرنا دعوتكم لحضور الحفل رقم " + n), admin).status())
				.isEqualTo(201);
		}

		var fourth = api.send("POST", "/api/v1/knowledge/reference-letters",
				Map.of("category", "invitation", "text", "خطاب رابع"), admin);
		var listed = api.send("GET", "/api/v1/knowledge/reference-letters?category=invitation", null, admin).json();

		assertThat(fourth.status()).isEqualTo(409);
		assertThat(fourth.problemType()).isEqualTo("urn:katib:problem:knowledge-limit-reached");
		assertThat(listed).hasSize(3);
		String id = listed.get(0).get("id").asString();
		assertThat(api.send("PUT", "/api/v1/knowledge/reference-letters/" + id,
				Map.of("category", "invitation", "text", "نص معدل"), admin).json().get("text").asString())
			.isEqualTo("نص معدل");
		assertThat(api.send("DELETE", "/api/v1/knowledge/reference-letters/" + id, null, admin).status())
			.isEqualTo(204);
	}

	@Test
	void anAdminSetsTheIntroductionInEachLanguage() {
		var arabic = api.send("PUT", "/api/v1/knowledge/introduction/ar",
				Map.of("text", "جمعية الكاتب جمعية أهلية تعنى بالكتابة."), admin);
		var english = api.send("PUT", "/api/v1/knowledge/introduction/en",
				Map.of("text", "Katib Society is a non-profit for writing."), admin);
		api.send("DELETE", "/api/v1/knowledge/introduction/en", null, admin);

		assertThat(arabic.json().get("text").asString()).isEqualTo("جمعية الكاتب جمعية أهلية تعنى بالكتابة.");
		assertThat(english.status()).isEqualTo(200);
		assertThat(api.send("GET", "/api/v1/knowledge/introduction/ar", null, admin).json().get("text").asString())
			.isEqualTo("جمعية الكاتب جمعية أهلية تعنى بالكتابة.");
		assertThat(api.send("GET", "/api/v1/knowledge/introduction/en", null, admin).json().has("text")).isFalse();
		assertThat(api.send("GET", "/api/v1/knowledge/introduction/fr", null, admin).status()).isEqualTo(400);
		assertThat(api.send("PUT", "/api/v1/knowledge/introduction/ar", Map.of("text", "ب".repeat(1501)), admin)
			.status()).isEqualTo(400);
	}

	@Test
	void writersViewersAndStrangersCannotChangeTheKnowledge() {
		String viewer = accounts.bearer(accounts.member(organisation, Role.VIEWER));
		Map<String, String> rule = Map.of("text", "A rule.");

		assertThat(api.send("POST", "/api/v1/knowledge/style-rules", rule, writer).status()).isEqualTo(403);
		assertThat(api.send("GET", "/api/v1/knowledge/style-rules", null, writer).status()).isEqualTo(403);
		assertThat(api.send("PUT", "/api/v1/knowledge/introduction/ar", Map.of("text", "نص"), writer).status())
			.isEqualTo(403);
		assertThat(api.send("POST", "/api/v1/knowledge/categories", category("x", "س", "formal"), viewer).status())
			.isEqualTo(403);
		assertThat(api.send("GET", "/api/v1/knowledge/categories", null, viewer).status()).isEqualTo(200);
		assertThat(api.send("GET", "/api/v1/knowledge/categories", null, null).status()).isEqualTo(401);
	}

	@Test
	void anotherOrganisationNeverSeesOrChangesTheseRules() {
		String id = api.send("POST", "/api/v1/knowledge/style-rules", Map.of("text", "Our own rule."), admin)
			.json()
			.get("id")
			.asString();
		String stranger = accounts.bearer(accounts.organisation().owner());

		assertThat(api.send("GET", "/api/v1/knowledge/style-rules", null, stranger).json()).isEmpty();
		assertThat(api.send("PUT", "/api/v1/knowledge/style-rules/" + id, Map.of("text", "Theirs now."), stranger)
			.status()).isEqualTo(404);
		assertThat(api.send("DELETE", "/api/v1/knowledge/style-rules/" + id, null, stranger).status()).isEqualTo(404);
		assertThat(texts(api.send("GET", "/api/v1/knowledge/style-rules", null, admin).json()))
			.containsExactly("Our own rule.");
	}

	@Test
	void changesAreRecordedInTheAuditTrailWithoutTheirText() {
		api.send("POST", "/api/v1/knowledge/style-rules", Map.of("category", "meeting", "text", "Propose two times."),
				admin);

		var trail = api.send("GET", "/api/v1/audit?action=letters.style-rule-added", null,
				accounts.bearer(organisation.owner()));

		JsonNode entry = trail.json().get("entries").get(0);
		assertThat(entry.get("action").asString()).isEqualTo("letters.style-rule-added");
		assertThat(entry.get("targetType").asString()).isEqualTo("style-rule");
		assertThat(trail.body()).contains("meeting").doesNotContain("Propose two times.");
	}

	static Map<String, Object> category(String key, String arabicName, String closingStyle) {
		Map<String, Object> category = new HashMap<>();
		category.put("key", key);
		category.put("arabicName", arabicName);
		category.put("englishName", "Condolence");
		category.put("closingStyle", closingStyle);
		category.put("arabicClosing", "أحسن الله عزاءكم");
		category.put("englishClosing", "With our deepest sympathy.");
		category.put("basmala", true);
		category.put("arabicSubject", "تعزية");
		category.put("englishSubject", "Condolences");
		return category;
	}

	/** A letter of the organisation, as drafting opens one, so that what it refers to is in use. */
	UUID writeALetter(UUID tenantId, String categoryKey, @Nullable UUID recipientId) {
		return letterFixtures.opened(tenantId, UUID.randomUUID(), categoryKey, Language.ARABIC, recipientId);
	}

	private static List<String> keys(JsonNode categories) {
		return categories.valueStream().map(node -> node.get("key").asString()).toList();
	}

	private static List<String> texts(JsonNode items) {
		return items.valueStream().map(node -> node.get("text").asString()).toList();
	}

	private static JsonNode find(JsonNode items, String field, String value) {
		return items.valueStream().filter(node -> node.get(field).asString().equals(value)).findFirst().orElseThrow();
	}
}
