package dev.katib.letters;

import static dev.katib.letters.LetterRequests.arabic;
import static dev.katib.letters.LetterRequests.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.katib.KatibApplication;
import dev.katib.accounts.Role;
import dev.katib.ai.internal.PublishedCallEvents;
import dev.katib.knowledge.ReferenceLetter;
import dev.katib.knowledge.StyleRule;
import dev.katib.knowledge.WriterPreference;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.support.FakeModelServer;
import dev.katib.support.FakeModelServer.Reply;
import dev.katib.support.IntegrationTest;
import dev.katib.support.ModelGatewaySwitch;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;
import dev.katib.support.TestDatabase;
import dev.katib.support.TestGateways;
import dev.katib.usage.QuotaLimits;
import dev.katib.usage.Quotas;

/** Drafting with a model, against the fake OpenAI-compatible server. */
class LetterDraftingIntegrationTests extends IntegrationTest {

	@Autowired
	ModelGatewaySwitch gateways;

	@Autowired
	WritingKnowledge knowledge;

	@Autowired
	Quotas quotas;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	private TestOrganisation organisation;
	private Account writer;

	@BeforeEach
	void createOrganisation() {
		organisation = accounts.organisation();
		writer = accounts.member(organisation, Role.WRITER);
	}

	@Test
	void sendsTheRulesReferenceLettersAndTheWritersOwnPreferencesButNeverAColleagues() throws Exception {
		Account colleague = accounts.member(organisation, Role.WRITER);
		knowledge.seedCategories(organisation.tenantId());
		knowledge.addStyleRule(organisation.tenantId(), new StyleRule(null, "اذكر اسم الوزارة كاملاً دون اختصار"));
		knowledge.addReferenceLetter(organisation.tenantId(),
				new ReferenceLetter("request", "نفيدكم بأن الجمعية ترغب في تنظيم لقاء تعريفي بمقركم الكريم"));
		knowledge.addPreference(organisation.tenantId(), new WriterPreference(writer.memberId(), "اجعل الخطاب موجزاً"));
		knowledge.addPreference(organisation.tenantId(),
				new WriterPreference(colleague.memberId(), "أضف بيت شعر في كل خطاب"));
		String answer = validAnswer();

		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer(answer).usage(900, 300));
			JsonNode letter = create(arabic());
			JsonNode drafted = awaitDrafting(letter, "DONE");

			assertThat(drafted.path("version").path("source").asString()).isEqualTo("DRAFTED");
			assertThat(drafted.path("version").path("model").asString()).isEqualTo(FakeModelServer.MODEL);
			assertThat(drafted.path("version").path("inputTokens").asInt()).isEqualTo(900);
			assertThat(drafted.path("version").path("draftedWithoutAi").asBoolean()).isFalse();
			var sent = model.requests().getFirst();
			assertThat(sent.streamed()).isTrue();
			assertThat(sent.systemPrompt()).contains("اذكر اسم الوزارة كاملاً دون اختصار", "اجعل الخطاب موجزاً")
				.doesNotContain("أضف بيت شعر");
			assertThat(sent.userMessage()).contains(LetterRequests.ARABIC_REQUEST, "مدير إدارة الموارد البشرية",
					"نفيدكم بأن الجمعية ترغب في تنظيم لقاء تعريفي", "shape only, never copy")
				.doesNotContain("أضف بيت شعر");
		}
	}

	@Test
	void signsTheLetterWithTheSignatoryKatibKnowsNeverWithWhatTheModelWrote() throws Exception {
		String answer = validAnswer();
		ObjectNode signedByTheRecipient = (ObjectNode) tools.jackson.databind.json.JsonMapper.builder().build()
			.readTree(answer);
		signedByTheRecipient.putObject("signature").put("jobTitle", "مدير عام الشؤون المالية").put("name",
				"خالد العتيبي");
		JsonNode offline = create(with(arabic(), "request", LetterRequests.ARABIC_REQUEST));
		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer(signedByTheRecipient.toString()), Reply.answer(answer));
			JsonNode drafted = awaitDrafting(create(arabic()), "DONE");

			assertThat(drafted.path("version").path("content").path("signature"))
				.isEqualTo(offline.path("version").path("content").path("signature"));
			assertThat(drafted.path("version").path("content").path("signature").path("name").asString())
				.isNotEqualTo("خالد العتيبي");
			assertThat(model.requests()).hasSize(2);
			JsonNode schema = model.requests().getFirst().body().path("response_format").path("json_schema")
				.path("schema");
			assertThat(schema.path("properties").propertyNames()).doesNotContain("signature");
			assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
		}
	}

	@Test
	void asksTheModelOnceToRepairALetterInTheWrongLanguageOrMalformedJson() throws Exception {
		String answer = validAnswer();
		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer(inEnglish(answer)), Reply.answer(answer));
			JsonNode repaired = awaitDrafting(create(arabic()), "DONE");
			assertThat(repaired.path("version").path("number").asInt()).isEqualTo(1);
			assertThat(model.requests()).hasSize(2);
			assertThat(model.requests().get(1).userMessage()).contains("Your answer breaks these rules",
					"paragraphs");

			model.enqueue(Reply.answer("{\"subject\": \"طلب\", \"addressee\": "), Reply.answer(answer));
			awaitDrafting(create(arabic()), "DONE");
			assertThat(model.requests()).hasSize(4);
			assertThat(model.requests().get(3).userMessage()).contains("Your answer breaks these rules");
		}
	}

	@Test
	void refusesALetterThatIsStillWrongAfterOneRepairAndKeepsTheLetterWithTheReason() throws Exception {
		String answer = validAnswer();
		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer(inEnglish(answer)), Reply.answer(inEnglish(answer)));
			JsonNode failed = awaitDrafting(create(arabic()), "FAILED");

			assertThat(model.requests()).hasSize(2);
			assertThat(failed.path("version").isMissingNode() || failed.path("version").isNull()).isTrue();
			assertThat(failed.path("status").asString()).isEqualTo("DRAFT");
			assertThat(failed.path("problem").path("type").asString()).isEqualTo("urn:katib:problem:letter-invalid");
			assertThat(failed.path("problem").path("violations").toString()).contains("paragraphs");
			assertThat(failed.path("recipient").path("jobTitle").asString()).isEqualTo("مدير إدارة الموارد البشرية");
		}
	}

	@Test
	void saysWhenTheProviderIsDownOrTooSlowAndKeepsTheLetter() throws Exception {
		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.status(500), Reply.status(500), Reply.status(500));
			JsonNode down = awaitDrafting(create(arabic()), "FAILED");
			assertThat(down.path("problem").path("type").asString()).isEqualTo("urn:katib:problem:ai-unavailable");
		}
		try (FakeModelServer model = FakeModelServer.start();
				var slow = gateways.use(TestGateways.openAi(
						TestGateways.settings(model).readTimeout(Duration.ofMillis(300)).maxAttempts(1),
						new PublishedCallEvents(publisher, transactions), new SimpleMeterRegistry(), pause -> {
						}))) {
			model.enqueue(Reply.hang());
			JsonNode late = awaitDrafting(create(arabic()), "FAILED");
			assertThat(late.path("problem").path("type").asString()).startsWith("urn:katib:problem:ai-");
			assertThat(late.path("problem").path("detail").asString()).isNotBlank();
		}
		assertThat(client().get().uri("/api/v1/letters?status=DRAFT").header("Authorization", accounts.bearer(writer))
			.exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()
			.path("total").asLong()).isEqualTo(2);
	}

	@Test
	void aDraftCutShortByARestartIsFinishedOnceByTheNextStartWithTheQuotaChargedOnce() throws Exception {
		String answer = validAnswer();
		long lettersBefore = used("letters_used");
		long tokensBefore = used("tokens_used");
		JsonNode letter;
		try (FakeModelServer stopping = FakeModelServer.start();
				var stuck = gateways.use(TestGateways.openAi(
						TestGateways.settings(stopping).readTimeout(Duration.ofMinutes(3)).maxAttempts(1),
						new PublishedCallEvents(publisher, transactions), new SimpleMeterRegistry(), pause -> {
						}));
				FakeModelServer restarted = FakeModelServer.start()) {
			stopping.enqueue(Reply.hang());
			letter = create(arabic());
			assertThat(letter.path("drafting").asString()).isEqualTo("WRITING");
			await().atMost(Duration.ofSeconds(20)).until(() -> stopping.requests().size() == 1);

			// the process that opened the letter is stuck in the model call, as if it had stopped there; the
			// next Katib started on the same database finds the drafting unfinished and does it again
			restarted.enqueue(Reply.answer(answer).usage(1000, 400));
			TestDatabase database = TestDatabase.get();
			try (ConfigurableApplicationContext again = SpringApplication.run(KatibApplication.class,
					"--server.port=0", "--katib.database.url=" + database.url(), "--katib.database.user=postgres",
					"--katib.database.data-dir=" + database.dataDir(), "--katib.rate-limit.enabled=false",
					"--logging.level.root=WARN", "--katib.ai.provider=openai",
					"--katib.ai.base-url=" + restarted.baseUrl(), "--katib.ai.api-key=" + TestGateways.API_KEY,
					"--katib.ai.model=" + FakeModelServer.MODEL, "--katib.ai.max-attempts=1")) {
				JsonNode drafted = awaitDrafting(letter, "DONE");
				assertThat(drafted.path("version").path("number").asInt()).isEqualTo(1);
				assertThat(drafted.path("version").path("source").asString()).isEqualTo("DRAFTED");
				assertThat(restarted.requests()).hasSize(1);
			}
		}
		// the stuck call ends when its server goes; what it brings changes nothing any more
		String letterId = letter.path("id").asString();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc
			.sql("SELECT count(*) FROM usage_model_call WHERE subject_id = :id").param("id", letterId)
			.query(Long.class).single()).isEqualTo(2));
		JsonNode finished = awaitDrafting(letter, "DONE");
		assertThat(finished.path("version").path("number").asInt()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM letters_letter_version WHERE letter_id = :id::uuid")
			.param("id", letterId).query(Long.class).single()).isEqualTo(1);
		assertThat(used("letters_used")).isEqualTo(lettersBefore + 1);
		assertThat(used("tokens_used")).isEqualTo(tokensBefore + 1400);
	}

	@Test
	void recordsUsageAndQuotaOnceWhenTheClientRetriesWithTheSameIdempotencyKey() throws Exception {
		String answer = validAnswer();
		long lettersBefore = used("letters_used");
		long tokensBefore = used("tokens_used");
		quotas.limitMember(organisation.tenantId(), writer.memberId(), new QuotaLimits(lettersBefore + 1, null));
		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer(answer).usage(1000, 400).firstTokenAfter(Duration.ofMillis(300)));
			JsonNode first = create(arabic(), "letter-42");
			JsonNode retried = create(arabic(), "letter-42");
			assertThat(retried.path("id")).isEqualTo(first.path("id"));
			awaitDrafting(first, "DONE");
			assertThat(create(arabic(), "letter-42").path("version").path("number").asInt()).isEqualTo(1);

			assertThat(model.requests()).hasSize(1);
			String letterId = first.path("id").asString();
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc
				.sql("SELECT count(*) FROM usage_model_call WHERE subject_id = :id").param("id", letterId)
				.query(Long.class).single()).isEqualTo(1));
			assertThat(used("letters_used")).isEqualTo(lettersBefore + 1);
			assertThat(used("tokens_used")).isEqualTo(tokensBefore + 1400);

			client().post().uri("/api/v1/letters").header("Authorization", accounts.bearer(writer))
				.contentType(MediaType.APPLICATION_JSON).body(arabic()).exchange()
				.expectStatus().isEqualTo(429)
				.expectHeader().exists("Retry-After")
				.expectBody()
				.jsonPath("$.type").isEqualTo("urn:katib:problem:quota-exceeded")
				.jsonPath("$.remaining").isEqualTo(0)
				.jsonPath("$.resetsAt").exists();
			assertThat(model.requests()).hasSize(1);
		}
	}

	private long used(String column) {
		return jdbc.sql("SELECT coalesce(sum(" + column + "), 0) FROM usage_counter WHERE tenant_id = :tenant AND holder_id = :user")
			.param("tenant", organisation.tenantId())
			.param("user", writer.memberId())
			.query(Long.class)
			.single();
	}

	/** A letter the validator accepts, as the model would write it: drafted by the offline engine first. */
	private String validAnswer() {
		JsonNode offline = create(with(arabic(), "request", LetterRequests.ARABIC_REQUEST));
		ObjectNode content = (ObjectNode) offline.path("version").path("content").deepCopy();
		content.remove("language");
		content.remove("basmala");
		content.remove("signature");
		return content.toString();
	}

	private static String inEnglish(String answer) {
		ObjectNode letter = (ObjectNode) tools.jackson.databind.json.JsonMapper.builder().build().readTree(answer);
		letter.putArray("paragraphs").add("We kindly ask you to extend the field training of our students.");
		return letter.toString();
	}

	private JsonNode create(Map<String, Object> body) {
		return create(body, null);
	}

	private JsonNode create(Map<String, Object> body, String key) {
		var request = client().post().uri("/api/v1/letters").header("Authorization", accounts.bearer(writer));
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.contentType(MediaType.APPLICATION_JSON).body(body).exchange()
			.expectStatus().isCreated()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	private JsonNode awaitDrafting(JsonNode letter, String state) {
		UUID id = UUID.fromString(letter.path("id").asString());
		JsonNode[] seen = new JsonNode[1];
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			seen[0] = client().get().uri("/api/v1/letters/" + id).header("Authorization", accounts.bearer(writer))
				.exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
			assertThat(seen[0].path("drafting").asString()).isEqualTo(state);
		});
		return seen[0];
	}
}
