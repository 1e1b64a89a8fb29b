package dev.katib.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.NewField;
import dev.katib.connectors.NewSource;
import dev.katib.connectors.RecordQuery;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.TableRef;
import dev.katib.support.FakeModelServer;
import dev.katib.support.FakeModelServer.Reply;
import dev.katib.support.FakeModelServer.ScriptedCall;
import dev.katib.support.IntegrationTest;
import dev.katib.support.ModelGatewaySwitch;
import dev.katib.support.TestAccounts;

/** The assistant's chat page: conversations started, asked, confirmed, renamed and deleted from a browser. */
class AssistantPagesIntegrationTests extends IntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	ModelGatewaySwitch gateways;

	@Autowired
	DataSources sources;

	@Autowired
	SourceRecords records;

	@Test
	void withTheOfflineProviderAMemberAsksRenamesAndDeletesAfterAConfirmationAndNoOneElseSeesTheConversation()
			throws Exception {
		TestAccounts.TestOrganisation organisation = accounts.organisation();
		String writer = accounts.sessionCookie(baseUrl(), accounts.member(organisation, Role.WRITER));
		String other = accounts.sessionCookie(baseUrl(), accounts.member(organisation, Role.ADMIN));
		HttpResponse<String> empty = get("/assistant?lang=en", writer);
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("href=\"/assistant\"").contains("needs a language model")
			.contains("No conversation yet.");
		String csrf = csrf(empty.body());

		String page = post("/assistant", writer, "title=" + encoded("الدعوات") + "&_csrf=" + csrf).headers()
			.firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(post(page + "/questions?lang=en", writer, "question=" + encoded("ما المدارس؟") + "&_csrf=" + csrf)
			.statusCode()).isEqualTo(302);
		String asked = get(page + "?lang=en", writer).body();
		assertThat(asked).contains("ما المدارس؟").contains("dir=\"auto\"").contains("Your question was kept.")
			.contains("Ask again");
		assertThat(post(page + "/questions?lang=en", writer, "question=&_csrf=" + csrf).statusCode()).isEqualTo(302);
		assertThat(get(page + "?lang=en", writer).body()).contains("A question holds 1 to 4000 characters.");

		post(page + "/title", writer, "title=" + encoded("دعوات المعرض") + "&_csrf=" + csrf);
		assertThat(get("/assistant?lang=ar", writer).body()).contains("دعوات المعرض").contains("المساعد");
		assertThat(get(page + "?lang=en", other).statusCode()).isEqualTo(404);
		assertThat(post(page + "/delete", other, "_csrf=" + csrf(get("/assistant", other).body())).statusCode())
			.isEqualTo(404);

		HttpResponse<String> confirmation = get(page + "/delete?lang=en", writer);
		assertThat(confirmation.body()).contains("cannot be undone").contains("دعوات المعرض");
		assertThat(post(page + "/delete?lang=en", writer, "_csrf=" + csrf).statusCode()).isEqualTo(302);
		assertThat(get("/assistant?lang=en", writer).body()).contains("The conversation was deleted.")
			.doesNotContain("دعوات المعرض");
		assertThat(get(page, writer).statusCode()).isEqualTo(404);
	}

	@Test
	void toolCallsShowAsCardsAndAWriteWaitsForTheMembersConfirmation() throws Exception {
		TestAccounts.TestOrganisation organisation = accounts.organisation();
		TestAccounts.Account member = accounts.member(organisation, Role.WRITER);
		String writer = accounts.sessionCookie(baseUrl(), member);
		Caller owner = ToolCallsFixture.caller(organisation.owner());
		UUID source = sources.connect(owner, new NewSource.BuiltIn("جهات")).id();
		String tableId = sources.createTable(owner, source, "Contacts", List.of(new NewField("Name", "text"))).id();
		TableRef table = new TableRef(source, TableRef.BUILT_IN_BASE, tableId);
		String ref = "{\"sourceId\":\"" + source + "\",\"baseId\":\"local\",\"tableId\":\"" + tableId + "\"}";
		String create = "{\"table\":" + ref + ",\"records\":[{\"fields\":[{\"field\":\"Name\",\"value\":\"هدى\"}]}]}";
		String csrf = csrf(get("/assistant", writer).body());
		String page = post("/assistant", writer, "title=" + encoded("جهات") + "&_csrf=" + csrf).headers()
			.firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.toolCalls("", new ScriptedCall("c1", "describe_table", ref)),
					Reply.toolCalls("سأضيف هدى.", new ScriptedCall("c2", "create_records", create)),
					Reply.answer("أضفت هدى."));

			post(page + "/questions", writer, "question=" + encoded("أضف هدى") + "&_csrf=" + csrf);
			String waiting = get(page + "?lang=en", writer).body();
			assertThat(waiting).contains("<code>describe_table</code>").contains("<summary>Result</summary>")
				.contains("<code>create_records</code>").contains("<span>(waits for your confirmation)</span>")
				.contains("name=\"confirmed\" value=\"true\"").doesNotContain("name=\"question\"");
			assertThat(records.listAll(ToolCallsFixture.caller(member), table, RecordQuery.firstPage(10), 10)).isEmpty();

			post(page + "/confirmation", writer, "confirmed=true&_csrf=" + csrf);
			String answered = get(page + "?lang=en", writer).body();
			assertThat(answered).contains("أضفت هدى.").contains("name=\"question\"")
				.doesNotContain("<span>(waits for your confirmation)</span>");
			assertThat(records.listAll(ToolCallsFixture.caller(member), table, RecordQuery.firstPage(10), 10)).hasSize(1);
		}
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", cookie).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String cookie, String form) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}
}
