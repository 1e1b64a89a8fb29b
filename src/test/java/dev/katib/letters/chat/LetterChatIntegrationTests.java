package dev.katib.letters.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.client.RestTestClient;
import dev.katib.KatibApplication;
import dev.katib.accounts.members.Members;
import dev.katib.accounts.members.Organisations;
import dev.katib.accounts.tokens.AccessTokens;
import dev.katib.support.TestAccounts;
import dev.katib.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.Role;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.LetterVersion;
import dev.katib.letters.VersionSource;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.knowledge.WriterPreference;
import dev.katib.support.FakeModelServer;
import dev.katib.support.FakeModelServer.Reply;
import dev.katib.support.IntegrationTest;
import dev.katib.support.ModelGatewaySwitch;
import dev.katib.support.TestAccounts.Account;

class LetterChatIntegrationTests extends IntegrationTest {

	@Autowired
	dev.katib.letters.LetterFixtures letterFixtures;

	private static final String SHORTER_SUBJECT = "طلب تقرير الربع الثالث";

	@Autowired
	LetterHistory history;

	@Autowired
	ModelGatewaySwitch gateways;

	@Autowired
	WritingKnowledge knowledge;

	@Autowired
	DataSource dataSource;

	@Test
	void anInstructionMakesANewVersionThatChangesOnlyWhatWasAsked() throws Exception {
		Account writer = accounts.member(accounts.organisation(), Role.WRITER);
		UUID letter = ChatLetters.drafted(letterFixtures, writer);
		StructuredLetter revised = ChatLetters.withSubject(ChatLetters.DRAFTED, SHORTER_SUBJECT);

		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer(ChatLetters.revision(revised, "اختصرت الموضوع", null)).usage(900, 400));

			instruct(writer, letter, "اختصر الموضوع").expectStatus()
				.isCreated()
				.expectBody()
				.jsonPath("$.summary").isEqualTo("اختصرت الموضوع")
				.jsonPath("$.version.number").isEqualTo(2)
				.jsonPath("$.version.source").isEqualTo("EDITED_BY_CHAT")
				.jsonPath("$.version.content.subject").isEqualTo(SHORTER_SUBJECT)
				.jsonPath("$.message.role").isEqualTo("ASSISTANT")
				.jsonPath("$.message.version").isEqualTo(2);

			assertThat(model.requests()).hasSize(1);
			assertThat(model.requests().getFirst().systemPrompt()).contains("You revise a formal letter");
			assertThat(model.requests().getFirst().userMessage()).contains("اختصر الموضوع")
				.contains(ChatLetters.DRAFTED.subject());
		}
		List<LetterVersion> versions = history.versions(writer.tenantId(), letter);
		assertThat(versions).hasSize(2);
		StructuredLetter before = versions.get(0).letter();
		StructuredLetter after = versions.get(1).letter();
		assertThat(after.subject()).isEqualTo(SHORTER_SUBJECT);
		assertThat(after).usingRecursiveComparison().ignoringFields("subject").isEqualTo(before);
		assertThat(versions.get(1).usage()).isNotNull();
		assertThat(versions.get(1).usage().inputTokens()).isEqualTo(900);
	}

	@Test
	void aMalformedAnswerIsRepairedOnce() throws Exception {
		Account writer = accounts.member(accounts.organisation(), Role.WRITER);
		UUID letter = ChatLetters.drafted(letterFixtures, writer);
		StructuredLetter revised = ChatLetters.withSubject(ChatLetters.DRAFTED, SHORTER_SUBJECT);

		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer("{\"summary\": \"بدون خطاب\"}"),
					Reply.answer(ChatLetters.revision(revised, "اختصرت الموضوع", null)));

			instruct(writer, letter, "اختصر الموضوع").expectStatus()
				.isCreated()
				.expectBody()
				.jsonPath("$.version.number").isEqualTo(2);

			assertThat(model.requests()).hasSize(2);
			assertThat(model.requests().get(1).userMessage()).contains("Your answer breaks these rules");
		}
		assertThat(history.current(writer.tenantId(), letter)).map(v -> v.letter().subject()).contains(SHORTER_SUBJECT);
	}

	@Test
	void anAnswerThatBreaksTheRulesTwiceIsRefusedAndTheLetterStaysAsItWas() throws Exception {
		Account writer = accounts.member(accounts.organisation(), Role.WRITER);
		UUID letter = ChatLetters.drafted(letterFixtures, writer);
		StructuredLetter invented = ChatLetters.withParagraph(ChatLetters.DRAFTED, "وتبلغ قيمة العقد 250 ألف ريال.");

		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer(ChatLetters.revision(invented, "أضفت قيمة العقد", null)),
					Reply.answer(ChatLetters.revision(invented, "أضفت قيمة العقد", null)));

			instruct(writer, letter, "أضف فقرة عن قيمة العقد").expectStatus()
				.isEqualTo(422)
				.expectBody()
				.jsonPath("$.type").isEqualTo("urn:katib:problem:chat-revision-refused")
				.jsonPath("$.violations[0]").value(v -> assertThat(v.toString()).contains("250"));

			assertThat(model.requests().get(1).userMessage()).contains("250");
		}
		assertThat(history.versions(writer.tenantId(), letter)).hasSize(1);
		assertThat(history.current(writer.tenantId(), letter)).map(LetterVersion::letter).contains(ChatLetters.DRAFTED);
		client().get().uri("/api/v1/letters/{id}/chat", letter)
			.header("Authorization", accounts.bearer(writer))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.messages.length()").isEqualTo(2)
			.jsonPath("$.messages[1].problem").isEqualTo("chat-revision-refused")
			.jsonPath("$.messages[1].version").doesNotExist();
	}

	@Test
	void theConversationIsIntactInTheApplicationStartedAgain() throws Exception {
		Account writer = accounts.member(accounts.organisation(), Role.WRITER);
		UUID letter = ChatLetters.drafted(letterFixtures, writer);

		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer(ChatLetters.revision(
					ChatLetters.withSubject(ChatLetters.DRAFTED, SHORTER_SUBJECT), "اختصرت الموضوع", null)));
			instruct(writer, letter, "اختصر الموضوع").expectStatus().isCreated();
		}

		// a second Katib on the same database knows only what the first one stored
		TestDatabase database = TestDatabase.get();
		try (ConfigurableApplicationContext again = SpringApplication.run(KatibApplication.class, "--server.port=0",
				"--katib.database.url=" + database.url(), "--katib.database.user=postgres",
				"--katib.database.data-dir=" + database.dataDir(), "--katib.rate-limit.enabled=false",
				"--logging.level.root=WARN")) {
			int port = ((WebServerApplicationContext) again).getWebServer().getPort();
			var theirAccounts = new TestAccounts(again.getBean(Organisations.class), again.getBean(Members.class),
					again.getBean(AccessTokens.class), again.getBean(PasswordEncoder.class), again.getBean(Clock.class));
			RestTestClient.bindToServer()
				.baseUrl("http://localhost:" + port)
				.build()
				.get()
				.uri("/api/v1/letters/{id}/chat", letter)
				.header("Authorization", theirAccounts.bearer(writer))
				.exchange()
				.expectStatus().isOk()
				.expectBody()
				.jsonPath("$.messages.length()").isEqualTo(2)
				.jsonPath("$.messages[0].text").isEqualTo("اختصر الموضوع")
				.jsonPath("$.messages[1].summary").isEqualTo("اختصرت الموضوع")
				.jsonPath("$.messages[1].version").isEqualTo(2);
		}
	}

	@Test
	void twoSimultaneousEditsGiveOneSuccessAndOneConflict() throws Exception {
		Account writer = accounts.member(accounts.organisation(), Role.WRITER);
		UUID letter = ChatLetters.drafted(letterFixtures, writer);
		Account admin = accounts.member(organisationOf(writer), Role.ADMIN);

		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model);
				ExecutorService threads = Executors.newFixedThreadPool(2)) {
			model.enqueue(
					Reply.answer(ChatLetters.revision(ChatLetters.withSubject(ChatLetters.DRAFTED, SHORTER_SUBJECT),
							"اختصرت الموضوع", null)).pieces(20),
					Reply.answer(ChatLetters.revision(ChatLetters.withSubject(ChatLetters.DRAFTED, "طلب التقرير"),
							"غيرت الموضوع", null)).pieces(20));
			Callable<Integer> byWriter = () -> status(writer, letter, "اختصر الموضوع");
			Callable<Integer> byAdmin = () -> status(admin, letter, "غيّر الموضوع");
			Future<Integer> one = threads.submit(byWriter);
			Future<Integer> other = threads.submit(byAdmin);

			assertThat(List.of(one.get(), other.get())).containsExactlyInAnyOrder(201, 409);
		}
		assertThat(history.versions(writer.tenantId(), letter)).hasSize(2);
	}

	@Test
	void withTheOfflineEngineTheChatSaysEditingNeedsAModelProvider() {
		Account writer = accounts.member(accounts.organisation(), Role.WRITER);
		UUID letter = ChatLetters.drafted(letterFixtures, writer);

		instruct(writer, letter, "اجعله أقصر").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:katib:problem:chat-needs-model-provider")
			.jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("يدويًا"));

		assertThat(history.versions(writer.tenantId(), letter)).hasSize(1);
		client().get().uri("/api/v1/letters/{id}/chat", letter)
			.header("Authorization", accounts.bearer(writer))
			.exchange()
			.expectBody()
			.jsonPath("$.messages[1].role").isEqualTo("ASSISTANT")
			.jsonPath("$.messages[1].problem").isEqualTo("chat-needs-model-provider")
			.jsonPath("$.messages[1].text").value(text -> assertThat(text.toString()).contains("مزود نموذج لغوي"));
	}

	@Test
	void repliesStreamOverServerSentEvents() throws Exception {
		Account writer = accounts.member(accounts.organisation(), Role.WRITER);
		UUID letter = ChatLetters.drafted(letterFixtures, writer);

		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer(ChatLetters.revision(
					ChatLetters.withSubject(ChatLetters.DRAFTED, SHORTER_SUBJECT), "اختصرت الموضوع", null)).pieces(40));

			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/letters/" + letter + "/chat"))
					.header("Authorization", accounts.bearer(writer))
					.header("Accept", MediaType.TEXT_EVENT_STREAM_VALUE)
					.header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
					.POST(HttpRequest.BodyPublishers.ofString("{\"instruction\": \"اختصر الموضوع\", \"basedOn\": 1}"))
					.build(), HttpResponse.BodyHandlers.ofString());

			assertThat(response.statusCode()).isEqualTo(200);
			String body = response.body();
			assertThat(body).contains("event:chunk").contains("event:version");
			assertThat(body.indexOf("event:chunk")).isLessThan(body.indexOf("event:version"));
			assertThat(body.substring(body.indexOf("event:version"))).contains("\"summary\":\"اختصرت الموضوع\"")
				.contains("\"number\":2");
		}
	}

	@Test
	void onlyThoseWhoMayEditTheLetterUseItsChat() {
		Account writer = accounts.member(accounts.organisation(), Role.WRITER);
		UUID letter = ChatLetters.drafted(letterFixtures, writer);
		Account colleague = accounts.member(organisationOf(writer), Role.WRITER, Role.REVIEWER);
		Account stranger = accounts.member(accounts.organisation(), Role.OWNER);

		instruct(colleague, letter, "اختصر الموضوع").expectStatus().isForbidden();
		instruct(stranger, letter, "اختصر الموضوع").expectStatus().isNotFound();
		JdbcClient.create(dataSource).sql("UPDATE letters_letter SET status = 'SIGNED' WHERE id = ?").param(letter).update();
		instruct(writer, letter, "اختصر الموضوع").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:katib:problem:letter-not-editable");
	}

	@Test
	void aRecurringInstructionIsOfferedAsAPreferenceAndSavedOnlyWhenAccepted() throws Exception {
		Account writer = accounts.member(accounts.organisation(), Role.WRITER);
		UUID first = ChatLetters.drafted(letterFixtures, writer);
		UUID second = ChatLetters.drafted(letterFixtures, writer);

		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(
					Reply.answer(ChatLetters.revision(ChatLetters.withSubject(ChatLetters.DRAFTED, SHORTER_SUBJECT),
							"اختصرت الموضوع", null)),
					Reply.answer(ChatLetters.revision(ChatLetters.withSubject(ChatLetters.DRAFTED, SHORTER_SUBJECT),
							"اختصرت الموضوع", "اجعل موضوع الخطاب قصيرًا")));
			instruct(writer, first, "اختصر الموضوع من فضلك").expectStatus()
				.isCreated()
				.expectBody()
				.jsonPath("$.suggestion").doesNotExist();
			instruct(writer, second, "اختصر الموضوع").expectStatus()
				.isCreated()
				.expectBody()
				.jsonPath("$.suggestion.text").isEqualTo("اجعل موضوع الخطاب قصيرًا")
				.jsonPath("$.suggestion.status").isEqualTo("OFFERED");
		}
		assertThat(knowledge.preferences(writer.tenantId(), writer.memberId())).isEmpty();
		UUID offered = UUID.fromString(JdbcClient.create(dataSource)
			.sql("SELECT id FROM letters_preference_suggestion WHERE writer_id = ?")
			.param(writer.memberId())
			.query(String.class)
			.single());
		Account other = accounts.member(organisationOf(writer), Role.WRITER);
		client().post().uri("/api/v1/letters/{id}/chat/suggestions/{s}/accept", second, offered)
			.header("Authorization", accounts.bearer(other))
			.exchange()
			.expectStatus().isNotFound();

		client().post().uri("/api/v1/letters/{id}/chat/suggestions/{s}/accept", second, offered)
			.header("Authorization", accounts.bearer(writer))
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("ACCEPTED");

		assertThat(knowledge.preferences(writer.tenantId(), writer.memberId())).extracting(WriterPreference::text)
			.containsExactly("اجعل موضوع الخطاب قصيرًا");
		client().post().uri("/api/v1/letters/{id}/chat/suggestions/{s}/dismiss", second, offered)
			.header("Authorization", accounts.bearer(writer))
			.exchange()
			.expectStatus().isEqualTo(409);
	}

	private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec instruct(Account member,
			UUID letter, String instruction) {
		return client().post()
			.uri("/api/v1/letters/{id}/chat", letter)
			.header("Authorization", accounts.bearer(member))
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.body("{\"instruction\": \"" + instruction + "\", \"basedOn\": 1}")
			.exchange();
	}

	private int status(Account member, UUID letter, String instruction) {
		return instruct(member, letter, instruction).returnResult(String.class).getStatus().value();
	}

	private dev.katib.support.TestAccounts.TestOrganisation organisationOf(Account member) {
		return new dev.katib.support.TestAccounts.TestOrganisation(member.tenantId(), member);
	}
}
