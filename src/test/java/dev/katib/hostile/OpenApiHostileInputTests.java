package dev.katib.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.Role;
import dev.katib.support.IntegrationTest;
import dev.katib.support.RawHttp;
import dev.katib.support.TestAccounts.TestOrganisation;
import tools.jackson.databind.JsonNode;

/**
 * Hostile input to every operation of the OpenAPI document ({@code /v3/api-docs}), generated from it so
 * that an endpoint added later joins by itself: NUL characters and unpaired surrogates in every text
 * field and parameter, values of the wrong type, arrays over their size, huge, deeply nested and
 * badly encoded bodies, malformed paths; as the organisation's owner, and as another organisation's
 * owner with the first one's ids. Every answer is a 4xx problem detail (never a 5xx, never a success),
 * and neither organisation's stored rows change.
 */
class OpenApiHostileInputTests extends IntegrationTest {

	/** Test-only endpoints that fail on purpose. */
	private static final List<String> SKIPPED = List.of("/api/v1/test-probe");

	@Autowired
	JdbcClient jdbc;

	private final AtomicInteger turn = new AtomicInteger();
	private RawHttp raw;
	private Schemas schemas;
	private TestOrganisation home;
	private TestOrganisation stranger;
	private final List<String> homeBearers = new ArrayList<>();
	private final List<String> strangerBearers = new ArrayList<>();
	private final Map<String, List<String>> homeIds = new LinkedHashMap<>();

	record Operation(String method, String path, JsonNode spec) {
	}

	record Attempt(String what, String method, String target, String contentType, byte[] body, boolean asStranger) {
	}

	@TestFactory
	Stream<DynamicTest> everyOperationRefusesHostileInputWithAProblemAndChangesNothing() {
		raw = new RawHttp(port);
		home = accounts.organisation();
		stranger = accounts.organisation();
		for (int i = 0; i < 8; i++) {
			homeBearers.add(accounts.bearer(accounts.member(home, Role.OWNER)));
			strangerBearers.add(accounts.bearer(accounts.member(stranger, Role.OWNER)));
		}
		accounts.member(home, Role.WRITER);
		send(new Attempt("seed", "POST", "/api/v1/api-keys", "application/json",
				"{\"name\":\"seed\",\"scopes\":[\"WRITER\"],\"expiresAt\":\"2099-01-01T00:00:00Z\"}"
					.getBytes(StandardCharsets.UTF_8), false));
		JsonNode document = Schemas.JSON.readTree(send(new Attempt("document", "GET", "/v3/api-docs", null,
				new byte[0], false)).body());
		schemas = new Schemas(document);
		List<Operation> operations = new ArrayList<>();
		for (var path : document.path("paths").properties()) {
			for (var method : path.getValue().properties()) {
				if (SKIPPED.stream().noneMatch(path.getKey()::startsWith)) {
					operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
				}
			}
		}
		operations.stream()
			.filter(operation -> operation.method().equals("GET") && !operation.path().contains("{"))
			.forEach(this::harvestIds);
		return operations.stream()
			.map(operation -> DynamicTest.dynamicTest(operation.method() + " " + operation.path(), () -> probe(operation)));
	}

	private void probe(Operation operation) {
		String before = fingerprint(home) + fingerprint(stranger);
		List<String> failures = new ArrayList<>();
		for (Attempt attempt : Attempts.hostile(operation, schemas, homeIdsFor(operation.path()))) {
			check(attempt, send(attempt), failures);
		}
		assertThat(failures).as(operation.method() + " " + operation.path()).isEmpty();
		assertThat(fingerprint(home) + fingerprint(stranger)).as("stored rows after refused requests").isEqualTo(before);
	}

	private static void check(Attempt attempt, RawHttp.Answer answer, List<String> failures) {
		String seen = attempt.what() + " -> " + answer.status() + " " + abbreviate(answer.body());
		if (answer.status() < 400 || answer.status() >= 500) {
			failures.add(seen);
			return;
		}
		if (!answer.header("Content-Type").startsWith("application/problem+json")) {
			failures.add(seen + " (not a problem detail: " + answer.header("Content-Type") + ")");
			return;
		}
		JsonNode problem = Schemas.JSON.readTree(answer.body());
		if (!problem.path("requestId").asString("").equals(answer.header("X-Request-Id"))) {
			failures.add(seen + " (no request id)");
		}
		if (attempt.what().startsWith("unstorable") && answer.status() == 400
				&& !problem.path("type").asString().endsWith("validation-failed")) {
			failures.add(seen + " (unstorable text must answer validation-failed)");
		}
	}

	private RawHttp.Answer send(Attempt attempt) {
		List<String> bearers = attempt.asStranger() ? strangerBearers : homeBearers;
		int n = turn.incrementAndGet();
		StringBuilder head = new StringBuilder(attempt.method() + " " + attempt.target() + " HTTP/1.1\r\nHost: x")
			.append("\r\nAuthorization: ").append(bearers.get(n % bearers.size()))
			// one client address per request, through the trusted proxy, so that no rate limit answers instead
			.append("\r\nX-Forwarded-For: 198.18.").append((n / 250) % 250).append('.').append(n % 250 + 1)
			.append("\r\nConnection: close");
		if (attempt.contentType() != null) {
			head.append("\r\nContent-Type: ").append(attempt.contentType())
				.append("\r\nContent-Length: ").append(attempt.body().length);
		}
		return raw.send(head.toString(), attempt.body());
	}

	/** Ids of the home organisation's objects, found in the answers of its list operations. */
	private void harvestIds(Operation operation) {
		RawHttp.Answer answer = send(new Attempt("harvest", "GET", operation.path(), null, new byte[0], false));
		if (answer.status() != 200 || !answer.header("Content-Type").contains("json")) {
			return;
		}
		// ids that name one object in all of Katib; keys and version numbers repeat in every organisation
		List<String> ids = new ArrayList<>();
		Schemas.JSON.readTree(answer.body()).findValues("id").stream()
			.map(JsonNode::asString)
			.filter(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"))
			.forEach(ids::add);
		homeIds.put(operation.path(), ids.stream().distinct().limit(5).toList());
	}

	private List<String> homeIdsFor(String path) {
		int brace = path.indexOf("/{");
		return brace < 0 ? List.of() : homeIds.getOrDefault(path.substring(0, brace), List.of());
	}

	/** One line per table with the organisation's rows: how many, and a digest of their content. */
	private String fingerprint(TestOrganisation organisation) {
		List<String> tables = jdbc.sql("""
				SELECT table_name FROM information_schema.columns
				WHERE table_schema = current_schema() AND column_name = 'tenant_id' ORDER BY table_name""")
			.query(String.class)
			.list();
		StringBuilder print = new StringBuilder();
		for (String table : tables) {
			print.append(table).append('=').append(jdbc.sql("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
					+ "ORDER BY t::text)), '') FROM " + table + " t WHERE tenant_id = :tenant")
				.param("tenant", organisation.tenantId())
				.query(String.class)
				.single()).append('\n');
		}
		return print.toString();
	}

	private static String abbreviate(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	static UUID randomId() {
		return UUID.randomUUID();
	}
}
