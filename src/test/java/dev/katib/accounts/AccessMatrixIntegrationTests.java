package dev.katib.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

/**
 * Two organisations with a member of every role: every role is refused what it may not do, and
 * nothing of the other organisation can be read or changed by id.
 */
class AccessMatrixIntegrationTests extends IntegrationTest {

	private static final Set<Role> ADMINISTRATORS = Set.of(Role.OWNER, Role.ADMIN);

	ApiClient api;
	TestOrganisation home;
	TestOrganisation other;
	Map<Role, Account> homeMembers = new EnumMap<>(Role.class);
	Map<Role, Account> otherMembers = new EnumMap<>(Role.class);

	@BeforeEach
	void setUp() {
		api = new ApiClient(baseUrl());
		home = accounts.organisation();
		other = accounts.organisation();
		for (Role role : Role.values()) {
			homeMembers.put(role, role == Role.OWNER ? home.owner() : accounts.member(home, role));
			otherMembers.put(role, role == Role.OWNER ? other.owner() : accounts.member(other, role));
		}
	}

	@Test
	void refusesEveryRoleWhatItMayNotDo() {
		Map<String, BiFunction<Account, String, Integer>> operations = new TreeMap<>();
		operations.put("list members", (me, bearer) -> api.get("/api/v1/members", bearer).status());
		operations.put("read a member", (me, bearer) -> api
			.get("/api/v1/members/" + homeMembers.get(Role.VIEWER).memberId(), bearer).status());
		operations.put("create a member", (me, bearer) -> api.post("/api/v1/members",
				ApiClient.json(Map.of("email", unique(), "name", "New member", "roles", List.of("VIEWER"), "password",
						"a perfectly good passphrase 12")), bearer).status());
		operations.put("invite", (me, bearer) -> api.post("/api/v1/invitations",
				ApiClient.json(Map.of("email", unique(), "roles", List.of("VIEWER"))), bearer).status());
		operations.put("change roles", (me, bearer) -> api.patch("/api/v1/members/" + accounts.member(home, Role.VIEWER)
			.memberId(), ApiClient.json(Map.of("roles", List.of("REVIEWER"))), bearer).status());
		operations.put("list API keys", (me, bearer) -> api.get("/api/v1/api-keys", bearer).status());
		operations.put("read operations data", (me, bearer) -> api.get("/actuator/modulith", bearer).status());
		operations.put("read own profile", (me, bearer) -> api.get("/api/v1/me", bearer).status());

		Map<String, Integer> refused = new TreeMap<>();
		Map<String, Integer> allowed = new TreeMap<>();
		homeMembers.forEach((role, member) -> operations.forEach((name, operation) -> {
			int status = operation.apply(member, accounts.bearer(member));
			boolean mayDo = name.equals("read own profile") || ADMINISTRATORS.contains(role);
			(mayDo ? allowed : refused).put(role + " " + name, status);
		}));

		assertThat(refused).allSatisfy((what, status) -> assertThat(status).as(what).isEqualTo(403));
		assertThat(allowed).allSatisfy((what, status) -> assertThat(status).as(what).isBetween(200, 201));
	}

	@Test
	void answersNotFoundForAnythingOfAnotherOrganisation() {
		UUID theirs = otherMembers.get(Role.WRITER).memberId();
		String theirKey = api.post("/api/v1/api-keys", ApiClient.json(Map.of("name", "theirs", "scopes",
				List.of("ADMIN"), "expiresAt", clock.instant().plus(Duration.ofDays(3)).toString())),
				accounts.bearer(otherMembers.get(Role.ADMIN))).json().get("key").get("id").asString();

		for (Role role : ADMINISTRATORS) {
			String bearer = accounts.bearer(homeMembers.get(role));
			assertThat(api.get("/api/v1/members/" + theirs, bearer).status()).as(role + " reads").isEqualTo(404);
			assertThat(api.patch("/api/v1/members/" + theirs, ApiClient.json(Map.of("disabled", true)), bearer)
				.status()).as(role + " disables").isEqualTo(404);
			assertThat(api.delete("/api/v1/api-keys/" + theirKey, bearer).status()).as(role + " revokes")
				.isEqualTo(404);
			assertThat(api.get("/api/v1/members", bearer).body()).doesNotContain(theirs.toString());
		}
		var them = api.get("/api/v1/members/" + theirs, accounts.bearer(otherMembers.get(Role.ADMIN)));
		assertThat(them.text("status")).as("nothing changed").isEqualTo("ACTIVE");
		assertThat(api.get("/api/v1/api-keys", accounts.bearer(otherMembers.get(Role.ADMIN))).body())
			.doesNotContain("revokedAt");
	}

	@Test
	void ignoresRequestFieldsThatWouldSetATenantStatusOrOwner() {
		String email = unique();
		var created = api.post("/api/v1/members", ApiClient.json(Map.of("email", email, "name", "Sneaky",
				"roles", List.of("WRITER"), "password", "a perfectly good passphrase 12", "tenantId",
				other.tenantId().toString(), "status", "ACTIVE", "id", UUID.randomUUID().toString())),
				accounts.bearer(homeMembers.get(Role.ADMIN)));

		assertThat(created.status()).isEqualTo(201);
		String id = created.text("id");
		assertThat(api.get("/api/v1/members/" + id, accounts.bearer(homeMembers.get(Role.ADMIN))).status())
			.isEqualTo(200);
		assertThat(api.get("/api/v1/members/" + id, accounts.bearer(otherMembers.get(Role.ADMIN))).status())
			.isEqualTo(404);
		assertThat(created.json().get("mustChangePassword").asBoolean()).as("must change by default").isTrue();
	}

	@Test
	void letsOnlyOwnersGiveOrTakeTheOwnerRole() {
		String admin = accounts.bearer(homeMembers.get(Role.ADMIN));
		UUID writer = accounts.member(home, Role.WRITER).memberId();

		assertThat(api.patch("/api/v1/members/" + writer, ApiClient.json(Map.of("roles", List.of("OWNER"))), admin)
			.status()).isEqualTo(403);
		assertThat(api.patch("/api/v1/members/" + home.owner().memberId(),
				ApiClient.json(Map.of("roles", List.of("WRITER"))), admin).status()).isEqualTo(403);
		assertThat(api.patch("/api/v1/members/" + home.owner().memberId(), ApiClient.json(Map.of("disabled", true)),
				admin).status()).isEqualTo(403);
		assertThat(api.post("/api/v1/members", ApiClient.json(Map.of("email", unique(), "name", "Boss", "roles",
				List.of("OWNER"), "password", "a perfectly good passphrase 12")), admin).status()).isEqualTo(403);
	}

	@Test
	void keepsTheLastOwner() {
		TestOrganisation solo = accounts.organisation();
		String owner = accounts.bearer(solo.owner());

		var demoted = api.patch("/api/v1/members/" + solo.owner().memberId(),
				ApiClient.json(Map.of("roles", List.of("ADMIN"))), owner);

		assertThat(demoted.status()).isEqualTo(409);
		assertThat(demoted.text("type")).isEqualTo("urn:katib:problem:last-owner");
		var second = accounts.member(solo, Role.OWNER);
		assertThat(api.patch("/api/v1/members/" + solo.owner().memberId(),
				ApiClient.json(Map.of("roles", List.of("ADMIN"))), owner).status()).isEqualTo(200);
		assertThat(api.patch("/api/v1/members/" + second.memberId(), ApiClient.json(Map.of("disabled", true)),
				accounts.bearer(second)).status()).isEqualTo(409);
	}

	private static String unique() {
		return "matrix-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}
}
