package dev.katib.review;

import dev.katib.knowledge.CategoryDefinition;
import dev.katib.knowledge.ClosingStyle;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.Role;
import dev.katib.letters.LetterHistory;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

/** The workflow in the browser: the panel's buttons, the queues, the notifications and the settings pages. */
class WorkflowPagesIntegrationTests extends IntegrationTest {

	@Autowired
	dev.katib.knowledge.WritingKnowledge knowledge;

	@Autowired
	dev.katib.letters.LetterFixtures letterFixtures;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@Autowired
	LetterHistory history;

	@Autowired
	JdbcClient jdbc;

	WorkflowLetters letters;

	TestOrganisation organisation;

	Account writer;

	Account reviewer;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void organisation() {
		letters = new WorkflowLetters(letterFixtures, jdbc);
		organisation = accounts.organisation();
		writer = accounts.member(organisation, Role.WRITER);
		reviewer = accounts.member(organisation, Role.REVIEWER);
	}

	@Test
	void aReviewerFindsTheLetterInTheQueueAndReturnsThenApprovesItFromThePanel() throws Exception {
		UUID letter = letters.drafted(writer);
		String writerSession = accounts.sessionCookie(baseUrl(), writer);
		assertThat(get("/test/workflow-panel/" + letter, writerSession).body()).contains("أرسل للمراجعة")
			.doesNotContain("اعتمد</button>");
		assertThat(get("/test/workflow-panel/" + letter, writerSession).body())
			.as("cancelling asks first, submitting does not")
			.containsOnlyOnce("data-confirm=\"هل تلغي هذا الخطاب؟")
			.containsOnlyOnce("data-confirm=");
		post("/letters/" + letter + "/workflow/submit", writerSession, Map.of());

		String session = accounts.sessionCookie(baseUrl(), reviewer);
		HttpResponse<String> queue = get("/queues/review", session);
		assertThat(queue.body()).contains(WorkflowLetters.DRAFTED.subject(), "/letters/" + letter, "قائمة المراجعة");
		assertThat(get("/notifications", session).body()).contains("أُرسل للمراجعة");

		HttpResponse<String> refused = post("/letters/" + letter + "/workflow/return", session, Map.of("comment", ""));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(letters.status(letter)).isEqualTo("IN_REVIEW");
		post("/letters/" + letter + "/workflow/return", session, Map.of("comment", "<b>أضف</b> موعد الاجتماع"));
		assertThat(letters.status(letter)).isEqualTo("RETURNED");
		post("/letters/" + letter + "/workflow/submit", writerSession, Map.of());
		HttpResponse<String> approved = post("/letters/" + letter + "/workflow/approve", session, Map.of());

		assertThat(approved.statusCode()).isEqualTo(302);
		assertThat(approved.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/letters/" + letter));
		String panel = get("/test/workflow-panel/" + letter, session).body();
		assertThat(panel).contains("معتمد", "OUT/", "&lt;b&gt;أضف&lt;/b&gt; موعد الاجتماع").doesNotContain("<b>أضف");
		assertThat(letters.status(letter)).isEqualTo("APPROVED");
	}

	@Test
	void anAdministratorChangesTheLetterSettingsInThePage() throws Exception {
		String session = accounts.sessionCookie(baseUrl(), organisation.owner());
		assertThat(get("/admin/letter-settings", session).body()).contains("OUT/1448/000123");

		knowledge.addCategory(organisation.tenantId(), new CategoryDefinition("thanks", "شكر وتقدير", "Thanks",
				ClosingStyle.FORMAL, "وتقبلوا فائق الاحترام والتقدير", "Yours sincerely,", true, "شكر", "Thanks"));
		post("/admin/letter-settings", session, Map.of("reviewOptional", "thanks، congratulation", "numberingAt",
				"SIGNING", "numberPrefix", "صادر", "numberCalendar", "GREGORIAN", "numberWidth", "4",
				"signRequiresPassword", "true"));

		String page = get("/admin/letter-settings", session).body();
		assertThat(page).contains("صادر/1448/0123", "congratulation, thanks");
		assertThat(get("/admin/letter-settings", accounts.sessionCookie(baseUrl(), writer)).statusCode()).isEqualTo(403);
	}

	@Test
	void aSignerSeesTheirImagesPageAndAWriterDoesNot() throws Exception {
		Account signer = accounts.member(organisation, Role.SIGNER);
		assertThat(get("/signature", accounts.sessionCookie(baseUrl(), signer)).body()).contains("توقيعي وختمي");
		assertThat(get("/signature", accounts.sessionCookie(baseUrl(), writer)).statusCode()).isEqualTo(403);
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", cookie).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String cookie, Map<String, String> fields) throws Exception {
		Matcher csrf = CSRF.matcher(get("/notifications", cookie).body());
		assertThat(csrf.find()).isTrue();
		String form = fields.entrySet()
			.stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&", "_csrf=" + csrf.group(1) + "&", ""));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(302);
		return response;
	}
}
