package dev.katib.letters.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.accounts.Role;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.LetterVersion;
import dev.katib.letters.VersionSource;
import dev.katib.support.FakeModelServer;
import dev.katib.support.FakeModelServer.Reply;
import dev.katib.support.IntegrationTest;
import dev.katib.support.ModelGatewaySwitch;
import dev.katib.support.TestAccounts.Account;

class ChatPagesIntegrationTests extends IntegrationTest {

	@Autowired
	dev.katib.letters.LetterFixtures letterFixtures;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	LetterHistory history;

	@Autowired
	ModelGatewaySwitch gateways;

	@Test
	void theWriterChatsFromThePanelAndSeesTheAnswerStreamAndTheConversation() throws Exception {
		Account writer = accounts.member(accounts.organisation(), Role.WRITER);
		UUID letter = ChatLetters.drafted(letterFixtures, writer);
		String cookie = accounts.sessionCookie(baseUrl(), writer);
		HttpResponse<String> page = get("/letters/" + letter + "/chat", cookie, false);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("chat-form").contains(
				"ماذا تريد أن يتغير في الخطاب؟");
		String csrf = csrf(page.body());

		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer(ChatLetters.revision(
					ChatLetters.withSubject(ChatLetters.DRAFTED, "طلب تقرير الربع الثالث"), "اختصرت الموضوع", null))
				.pieces(30));
			HttpResponse<String> streamed = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/letters/" + letter + "/chat"))
				.header("Cookie", cookie)
				.header("X-CSRF-TOKEN", csrf)
				.header("Accept", "text/event-stream")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("basedOn=1&instruction="
						+ URLEncoder.encode("اختصر الموضوع", StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(streamed.statusCode()).isEqualTo(200);
			assertThat(streamed.body()).contains("event:chunk").contains("event:version");
		}

		HttpResponse<String> fragment = get("/letters/" + letter + "/chat", cookie, true);
		assertThat(fragment.body()).doesNotContain("<html")
			.contains("اختصر الموضوع")
			.contains("اختصرت الموضوع")
			.contains("أنشأ النسخة 2")
			.contains("/letters/" + letter + "/versions/1/diff/2")
			.contains("name=\"basedOn\" value=\"2\"");
	}

	@Test
	void aColleagueWhoMayNotEditSeesNoChat() throws Exception {
		Account writer = accounts.member(accounts.organisation(), Role.WRITER);
		UUID letter = ChatLetters.drafted(letterFixtures, writer);
		Account reviewer = accounts.member(new dev.katib.support.TestAccounts.TestOrganisation(writer.tenantId(), writer),
				Role.REVIEWER);

		HttpResponse<String> fragment = get("/letters/" + letter + "/chat", accounts.sessionCookie(baseUrl(), reviewer),
				true);

		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body()).contains("المحادثة للقراءة فقط").doesNotContain("chat-form");
	}

	@Test
	void theDiffPageShowsTheChangedArabicWordsRightToLeftAndRestores() throws Exception {
		Account writer = accounts.member(accounts.organisation(), Role.WRITER);
		UUID letter = ChatLetters.drafted(letterFixtures, writer);
		letterFixtures.edited(writer.tenantId(), letter, writer.memberId(),
				ChatLetters.withSubject(ChatLetters.DRAFTED, "طلب تقرير الربع الثالث"));
		String cookie = accounts.sessionCookie(baseUrl(), writer);

		HttpResponse<String> page = get("/letters/" + letter + "/versions/1/diff/2", cookie, false);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("dir=\"rtl\"")
			.contains("<ins>")
			.contains("<del>")
			.contains("من النسخة 1 إلى النسخة 2")
			.contains("استعادة النسخة 1");
		HttpResponse<String> restored = http.send(HttpRequest.newBuilder(
				URI.create(baseUrl() + "/letters/" + letter + "/versions/1/restore"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("basedOn=2&_csrf=" + csrf(page.body())))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(restored.statusCode()).isEqualTo(302);
		assertThat(restored.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/letters/" + letter + "?restored=1&saved=3"));
		assertThat(history.current(writer.tenantId(), letter)).hasValueSatisfying(current -> {
			assertThat(current.number()).isEqualTo(3);
			assertThat(current.source()).isEqualTo(VersionSource.RESTORED);
			assertThat(current.letter()).isEqualTo(ChatLetters.DRAFTED);
		});
		assertThat(history.versions(writer.tenantId(), letter)).extracting(LetterVersion::number).containsExactly(1, 2, 3);
		// the versions list shows the newest first; each older version compares with the current one
		HttpResponse<String> letterPage = get("/letters/" + letter, cookie, false);
		assertThat(letterPage.body()).contains("/letters/" + letter + "/versions/1/diff/3")
			.contains("/letters/" + letter + "/versions/2/diff/3")
			.doesNotContain("/versions/2/diff/1");
	}

	private HttpResponse<String> get(String path, String cookie, boolean htmx) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", cookie);
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).as("the page carries a CSRF token").isTrue();
		return csrf.group(1);
	}
}
