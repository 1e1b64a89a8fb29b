package dev.katib.automation.flows;

import static dev.katib.support.FakeBase.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.connectors.SourcesClient;
import dev.katib.connectors.internal.ChangeWatch;
import dev.katib.knowledge.Language;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.letters.DraftLetter;
import dev.katib.letters.Letters;
import dev.katib.letters.RecipientInput;
import dev.katib.support.FakeAirtable;
import dev.katib.support.FakeBase;
import dev.katib.support.FakeModelServer;
import dev.katib.support.FakeModelServer.Reply;
import dev.katib.support.IntegrationTest;
import dev.katib.support.ModelGatewaySwitch;
import dev.katib.support.SharedGreenMail;
import dev.katib.support.TestAccounts.Account;

/**
 * An automation answers a new request in Airtable: it drafts the letter with the model, submits it, waits (holding
 * no thread) until a reviewer approves it and a signer signs it through the API, and e-mails the signed PDF.
 */
class AutomationFromAirtableIntegrationTests extends IntegrationTest {

	@Autowired
	WritingKnowledge knowledge;

	@Autowired
	Letters letters;

	@Autowired
	ChangeWatch watch;

	@Autowired
	ModelGatewaySwitch gateways;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewRecordIsAnsweredByALetterDraftedApprovedSignedAndEmailedAsItsPdf() throws Exception {
		FakeAirtable airtable = FakeAirtable.shared();
		FakeBase base = airtable.base("Requests");
		FakeBase.Table requests = base.table("Requests", field("Name", "singleLineText"),
				field("Email", "singleLineText"), field("Subject", "singleLineText"), field("Ready", "checkbox"));
		var organisation = accounts.organisation();
		knowledge.seedCategories(organisation.tenantId());
		Account owner = organisation.owner();
		Account reviewer = accounts.member(organisation, Role.ADMIN);
		Account signer = accounts.member(organisation, Role.SIGNER);
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String source = api.connectAirtable(owner, airtable.token(base));
		api.put(owner, "/api/v1/sources/" + source + "/bases/" + base.id + "/tables/" + requests.id + "/mapping",
				Map.of("fields", Map.of("RECIPIENT_NAME", "Name"), "mergeFields", Map.of()), 200);
		String template = "نرجو التكرم بإفادتنا بشأن {{Subject}} في أقرب وقت ممكن";
		JsonNode automation = api.post(owner, "/api/v1/automations", Map.of("name", "الرد على الطلبات",
				"trigger", Map.of("kind", "RECORD", "sourceId", source, "baseId", base.id, "tableId", requests.id,
						"on", "created", "readyField", "Ready"),
				"steps", List.of(
						Map.of("id", "draft", "type", "DRAFT", "category", "request", "language", "ar", "template",
								template),
						Map.of("id", "submit", "type", "SUBMIT"),
						Map.of("id", "signed", "type", "WAIT", "until", "signed"),
						Map.of("id", "archive", "type", "ARCHIVE"),
						Map.of("id", "email", "type", "DELIVER", "channel", "email", "recipient", "{{Email}}"))), 201);
		String automationId = automation.path("id").asString();
		String answer = answer(owner, api, template.replace("{{Subject}}", "منح إجازة دراسية"));
		String to = "requester-" + UUID.randomUUID() + "@example.org";

		JsonNode waiting;
		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer(answer).usage(800, 250));
			requests.add(Map.of("Name", "سارة الحربي", "Email", to, "Subject", "منح إجازة دراسية", "Ready", true));
			waiting = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
				.until(() -> pollThenFirstExecution(owner, api, source, automationId),
						execution -> execution != null && "WAITING".equals(execution.path("status").asString())
								&& "SIGNED".equals(execution.path("waitingFor").path("until").asString()));
			assertThat(model.requests()).hasSize(1);
		}
		String executionId = waiting.path("id").asString();
		String letter = waiting.path("waitingFor").path("letterId").asString();
		assertThat(api.get(owner, "/api/v1/letters/" + letter, 200).path("version").path("model").asString())
			.isEqualTo(FakeModelServer.MODEL);

		api.post(reviewer, "/api/v1/letters/" + letter + "/approve", Map.of(), 200);
		api.post(signer, "/api/v1/letters/" + letter + "/sign", Map.of(), 200);

		MimeMessage message = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
			.until(() -> messageTo(to), found -> found != null);
		BodyPart pdf = attachment((Multipart) message.getContent());
		assertThat(pdf.getContentType()).startsWith("application/pdf");
		assertThat(new String(pdf.getInputStream().readNBytes(5))).isEqualTo("%PDF-");
		JsonNode done = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
			.until(() -> api.get(owner, "/api/v1/automations/" + automationId + "/executions/" + executionId, 200),
					execution -> "SUCCEEDED".equals(execution.path("status").asString()));
		assertThat(done.path("steps").valueStream().map(step -> step.path("stepId").asString() + ":"
				+ step.path("status").asString()).toList())
			.containsExactly("draft:DONE", "submit:DONE", "signed:DONE", "archive:DONE", "email:DONE");
		assertThat(done.path("steps").get(0).path("input").path("request").asString()).contains("منح إجازة دراسية");
		assertThat(done.path("fields").path("letter.verification").asString()).isNotBlank();
	}

	/** Polls the watched tables as the connectors module does every few seconds, and reads the first execution. */
	private JsonNode pollThenFirstExecution(Account owner, SourcesClient api, String source, String automationId) {
		jdbc.sql("UPDATE connectors_watch SET seen_until = :before WHERE source_id = :source")
			.param("before", Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))))
			.param("source", UUID.fromString(source)).update();
		watch.pollAll();
		JsonNode executions = api.get(owner, "/api/v1/automations/" + automationId + "/executions", 200);
		return executions.isEmpty() ? null : api.get(owner, "/api/v1/automations/" + automationId + "/executions/"
				+ executions.get(0).path("id").asString(), 200);
	}

	/** What the model answers: the content the offline engine drafts for the same request. */
	private String answer(Account owner, SourcesClient api, String request) {
		Caller caller = new Caller(owner.tenantId(), owner.memberId(), "مالك", Set.of(Role.OWNER), Locale.ENGLISH, null);
		var offline = letters.draft(caller, new DraftLetter("request", Language.fromCode("ar").orElseThrow(),
				new RecipientInput("سارة الحربي", "saada", null, null, null), null, request, null, null), null);
		ObjectNode content = (ObjectNode) api.get(owner, "/api/v1/letters/" + offline.id(), 200).path("version")
			.path("content").deepCopy();
		content.remove("language");
		content.remove("basmala");
		content.remove("signature");
		return content.toString();
	}

	private static MimeMessage messageTo(String to) throws Exception {
		for (MimeMessage message : SharedGreenMail.get().getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(to)) {
				return message;
			}
		}
		return null;
	}

	private static BodyPart attachment(Multipart parts) throws Exception {
		for (int i = 0; i < parts.getCount(); i++) {
			if ("attachment".equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
				return parts.getBodyPart(i);
			}
		}
		throw new AssertionError("no attachment");
	}
}
