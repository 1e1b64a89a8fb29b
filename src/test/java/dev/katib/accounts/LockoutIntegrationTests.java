package dev.katib.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

/** Brute-force protection, driven by the test clock as Keycloak's brute-force tests are. */
class LockoutIntegrationTests extends IntegrationTest {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

	ApiClient api;
	TestOrganisation organisation;
	Account member;
	String attacker;

	@BeforeEach
	void setUp() {
		api = new ApiClient(baseUrl());
		organisation = accounts.organisation();
		member = accounts.member(organisation, Role.WRITER);
		attacker = "203.0.113." + ADDRESSES.incrementAndGet();
	}

	@Test
	void locksTheAccountAfterFiveFailuresAndRefusesEvenTheRightPasswordIdentically() {
		fail(5, attacker);

		var locked = signIn(attacker, TestAccounts.PASSWORD);
		var wrong = signIn("203.0.113.250", "an entirely wrong password");

		assertThat(locked.status()).isEqualTo(401);
		assertThat(locked.text("detail")).isEqualTo(wrong.text("detail"));
		assertThat(locked.text("type")).isEqualTo(wrong.text("type"));
	}

	@Test
	void liftsTheLockWhenItExpiresAndASuccessResetsTheCount() {
		fail(5, attacker);
		clock.advance(Duration.ofSeconds(59));
		assertThat(signIn(attacker, TestAccounts.PASSWORD).status()).isEqualTo(401);

		clock.advance(Duration.ofSeconds(2));
		assertThat(signIn(attacker, TestAccounts.PASSWORD).status()).isEqualTo(200);

		fail(4, attacker);
		assertThat(signIn(attacker, TestAccounts.PASSWORD).status()).as("the count started again").isEqualTo(200);
	}

	@Test
	void doublesTheLockWithEachFurtherFailureUpToFifteenMinutes() {
		fail(5, attacker);
		for (int i = 0; i < 6; i++) {
			clock.advance(Duration.ofMinutes(16));
			fail(1, attacker);
		}
		clock.advance(Duration.ofMinutes(14));
		assertThat(signIn(attacker, TestAccounts.PASSWORD).status()).isEqualTo(401);

		clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		assertThat(signIn(attacker, TestAccounts.PASSWORD).status()).as("never locked longer than 15 minutes")
			.isEqualTo(200);
	}

	@Test
	void neverLocksTheMemberOutAtAnAddressTheyHaveSignedInFromBefore() {
		String home = "192.0.2." + ADDRESSES.incrementAndGet();
		assertThat(signIn(home, TestAccounts.PASSWORD).status()).isEqualTo(200);

		fail(8, attacker);

		assertThat(signIn(attacker, TestAccounts.PASSWORD).status()).isEqualTo(401);
		assertThat(signIn(home, TestAccounts.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void letsAnAdministratorUnlockAMember() {
		fail(5, attacker);
		var admin = accounts.member(organisation, Role.ADMIN);
		assertThat(api.get("/api/v1/members/" + member.memberId(), accounts.bearer(admin)).json().get("locked")
			.asBoolean()).isTrue();

		var unlocked = api.patch("/api/v1/members/" + member.memberId(), ApiClient.json(Map.of("unlock", true)),
				accounts.bearer(admin));

		assertThat(unlocked.status()).isEqualTo(200);
		assertThat(unlocked.json().get("locked").asBoolean()).isFalse();
		assertThat(signIn(attacker, TestAccounts.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void keepsAnOfficeBehindOneAddressSigningInWhenSomeoneThereTriesUnknownEmails() {
		for (int i = 0; i < 30; i++) {
			assertThat(api.postFrom(attacker, "/api/v1/auth/token",
					ApiClient.signIn("guess-" + i + "@nowhere.example", "some password guess")).status()).isEqualTo(401);
		}

		assertThat(signIn(attacker, TestAccounts.PASSWORD).status()).as("a member who never signed in from here")
			.isEqualTo(200);
		var colleague = accounts.member(organisation, Role.REVIEWER);
		assertThat(api.postFrom(attacker, "/api/v1/auth/token", ApiClient.signIn(colleague.email(),
				TestAccounts.PASSWORD)).status()).isEqualTo(200);
		assertThat(api.postFrom(attacker, "/api/v1/auth/token", ApiClient.signIn("guess-31@nowhere.example",
				"some password guess")).status()).isEqualTo(401);
	}

	@Test
	void throttlesAnAddressThatGuessesThePasswordsOfManyMembersExceptForMembersWhoSignedInThereBefore() {
		Account regular = accounts.member(organisation, Role.VIEWER);
		assertThat(api.postFrom(attacker, "/api/v1/auth/token", ApiClient.signIn(regular.email(),
				TestAccounts.PASSWORD)).status()).isEqualTo(200);
		for (int victim = 0; victim < 5; victim++) {
			Account target = accounts.member(organisation, Role.WRITER);
			for (int guess = 0; guess < 4; guess++) {
				api.postFrom(attacker, "/api/v1/auth/token", ApiClient.signIn(target.email(), "guess " + guess));
			}
		}

		assertThat(signIn(attacker, TestAccounts.PASSWORD).status()).as("a member new to this address")
			.isEqualTo(401);
		assertThat(api.postFrom(attacker, "/api/v1/auth/token", ApiClient.signIn(regular.email(),
				TestAccounts.PASSWORD)).status()).as("a member who signed in here before").isEqualTo(200);
		assertThat(signIn("198.18.0." + ADDRESSES.incrementAndGet(), TestAccounts.PASSWORD).status()).isEqualTo(200);
	}

	private void fail(int times, String address) {
		for (int i = 0; i < times; i++) {
			assertThat(signIn(address, "wrong password number " + i).status()).isEqualTo(401);
		}
	}

	private ApiClient.Answer signIn(String address, String password) {
		return api.postFrom(address, "/api/v1/auth/token", ApiClient.signIn(member.email(), password));
	}
}
