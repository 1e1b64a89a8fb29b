package dev.katib.hostile;

import static dev.katib.support.FakeBase.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.katib.accounts.Role;
import dev.katib.connectors.SourcesClient;
import dev.katib.support.FakeAirtable;
import dev.katib.support.FakeBase;
import dev.katib.support.IntegrationTest;
import dev.katib.support.RawHttp;
import dev.katib.support.TestAccounts;

/**
 * Hostile input to the MCP server at {@code /mcp}, which the OpenAPI document does not list: without or with a
 * false key, bodies that are not JSON-RPC, badly encoded or huge, requests outside a session, and tool calls whose
 * arguments hold NUL characters, unpaired surrogates, wrong types or too many records. No answer is a 5xx or a
 * success that changed anything, and refusals at the HTTP level are problem details, never the transport's error
 * object with its stack trace.
 */
class McpHostileInputIntegrationTests extends IntegrationTest {

	private static final String ACCEPT = "application/json, text/event-stream";

	private RawHttp raw;
	private String key;
	private FakeBase.Table schools;
	private String table;

	@BeforeEach
	void key() {
		raw = new RawHttp(port);
		FakeAirtable airtable = FakeAirtable.shared();
		FakeBase base = airtable.base("Hostile MCP");
		schools = base.table("Schools", field("Name", "singleLineText"));
		TestAccounts.TestOrganisation organisation = accounts.organisation();
		TestAccounts.Account admin = accounts.member(organisation, Role.ADMIN, Role.WRITER);
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String source = api.connectAirtable(organisation.owner(), airtable.token(base));
		table = "{\"sourceId\":\"" + source + "\",\"baseId\":\"" + base.id + "\",\"tableId\":\"" + schools.id + "\"}";
		key = api.post(admin, "/api/v1/api-keys", Map.of("name", "hostile", "scopes", List.of("WRITER"), "expiresAt",
				clock.instant().plus(Duration.ofDays(30)).toString()), 201).path("secret").asString();
	}

	@Test
	void refusalsAtTheHttpLevelAreProblemDetails() {
		List<String> failures = new ArrayList<>();
		problem("no key", post(null, null, initialize()), 401, failures);
		problem("a false key", post("katib_" + "x".repeat(43), null, initialize()), 401, failures);
		problem("a huge body", post(key, null, ("{\"pad\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}")
			.getBytes(StandardCharsets.UTF_8)), 413, failures);

		assertThat(failures).isEmpty();
	}

	@Test
	void hostileBodiesAndRequestsOutsideASessionAreRefusedAndNeverFail() {
		List<String> failures = new ArrayList<>();
		refused("not JSON", post(key, null, bytes("{\"jsonrpc\":\"2.0\",")), failures);
		refused("a JSON array of nothing", post(key, null, bytes("[]")), failures);
		refused("badly encoded", post(key, null, new byte[] { '{', (byte) 0xC3, (byte) 0x28, '}' }), failures);
		refused("deeply nested", post(key, null, bytes("[".repeat(5000) + "]".repeat(5000))), failures);
		refused("NUL in the method", post(key, null, bytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/\\u0000list\"}")), failures);
		refused("a call outside a session", post(key, null, call("list_sources", "{}")), failures);
		refused("a call in an unknown session", post(key, "not-a-session", call("list_sources", "{}")), failures);
		refused("a stream outside a session", raw.send(head("GET", key, null, 0)), failures);
		refused("ending no session", raw.send(head("DELETE", key, "not-a-session", 0)), failures);

		assertThat(failures).isEmpty();
	}

	@Test
	void hostileArgumentsInASessionAreToolErrorsAndWriteNothing() {
		RawHttp.Answer initialised = post(key, null, initialize());
		String session = initialised.header("Mcp-Session-Id");
		assertThat(initialised.status()).isEqualTo(200);
		post(key, session, bytes("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"));
		String fields = "[{\"field\":\"Name\",\"value\":\"%s\"}]";
		List<String> hostile = List.of(
				"{\"table\":" + table + ",\"records\":[{\"fields\":" + fields.formatted("\\u0000") + "}]}",
				"{\"table\":" + table + ",\"records\":[{\"fields\":" + fields.formatted("\\udc00") + "}]}",
				"{\"table\":" + table + ",\"records\":\"all\"}",
				"{\"table\":" + table + ",\"records\":[" + ("{\"fields\":" + fields.formatted("x") + "},").repeat(11)
						+ "{\"fields\":" + fields.formatted("x") + "}]}",
				"{\"table\":{\"sourceId\":\"../../etc\",\"baseId\":\"b\",\"tableId\":\"t\"},\"records\":[]}");
		List<String> failures = new ArrayList<>();
		for (String arguments : hostile) {
			RawHttp.Answer answer = post(key, session, call("create_records", arguments));
			if (answer.status() >= 500 || !answer.body().contains("\"isError\":true") && !answer.body().contains("\"error\"")) {
				failures.add(arguments.substring(0, Math.min(120, arguments.length())) + " -> " + answer.status() + " "
						+ answer.body().substring(0, Math.min(300, answer.body().length())));
			}
		}
		RawHttp.Answer unknown = post(key, session, call("drop_everything", "{}"));

		assertThat(failures).isEmpty();
		assertThat(unknown.status()).isLessThan(500);
		assertThat(schools.records()).isEmpty();
	}

	private static void problem(String what, RawHttp.Answer answer, int status, List<String> failures) {
		if (answer.status() != status || !answer.header("Content-Type").startsWith("application/problem+json")) {
			failures.add(what + " -> " + answer.status() + " " + answer.header("Content-Type") + " " + abbreviate(answer));
		}
	}

	private static void refused(String what, RawHttp.Answer answer, List<String> failures) {
		if (answer.status() < 400 || answer.status() >= 500
				|| !answer.header("Content-Type").startsWith("application/problem+json")
				|| answer.body().contains("stackTrace")) {
			failures.add(what + " -> " + answer.status() + " " + abbreviate(answer));
		}
	}

	private RawHttp.Answer post(String bearer, String session, byte[] body) {
		return raw.send(head("POST", bearer, session, body.length) + "\r\nContent-Type: application/json", body);
	}

	private static String head(String method, String bearer, String session, int length) {
		StringBuilder head = new StringBuilder(method + " /mcp HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAccept: " + ACCEPT)
			.append("\r\nContent-Length: ").append(length);
		if (bearer != null) {
			head.append("\r\nAuthorization: Bearer ").append(bearer);
		}
		if (session != null) {
			head.append("\r\nMcp-Session-Id: ").append(session);
		}
		return head.toString();
	}

	private static byte[] initialize() {
		return bytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
				+ "\"capabilities\":{},\"clientInfo\":{\"name\":\"hostile\",\"version\":\"1\"}}}");
	}

	private static byte[] call(String tool, String arguments) {
		return bytes("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
				+ "\",\"arguments\":" + arguments + "}}");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String abbreviate(RawHttp.Answer answer) {
		return answer.body().substring(0, Math.min(300, answer.body().length()));
	}
}
