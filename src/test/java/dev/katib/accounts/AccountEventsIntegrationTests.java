package dev.katib.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.katib.accounts.members.MemberAdministration;
import dev.katib.accounts.members.MemberAdministration.MemberChange;
import dev.katib.accounts.signin.CallerAuthentication;
import dev.katib.accounts.signin.PasswordSignIn;
import dev.katib.platform.AuditRecord.Outcome;
import dev.katib.platform.AuditableEvent;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts;
import dev.katib.support.TestAccounts.Account;

/** The security events the audit trail records, published by the services that make the change. */
@RecordApplicationEvents
class AccountEventsIntegrationTests extends IntegrationTest {

	@Autowired
	ApplicationEvents events;

	@Autowired
	PasswordSignIn signIn;

	@Autowired
	MemberAdministration administration;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void recordsSignInsAndFailuresWithoutThePassword() {
		Account member = accounts.member(accounts.organisation(), Role.WRITER);

		signIn.attempt(member.email(), TestAccounts.PASSWORD, "192.0.2.1", "api");
		signIn.attempt(member.email(), "a wrong password", "192.0.2.1", "api");

		assertThat(events.stream(AccountEvent.class).map(AuditableEvent::audit)).satisfiesExactly(
				success -> assertThat(success.action() + " " + success.outcome()).isEqualTo("accounts.sign-in SUCCESS"),
				failure -> {
					assertThat(failure.outcome()).isEqualTo(Outcome.FAILURE);
					assertThat(failure.details()).containsEntry("reason", "wrong-password");
					assertThat(failure.tenantId()).isEqualTo(member.tenantId());
					assertThat(failure.toString()).doesNotContain("a wrong password");
				});
	}

	@Test
	void recordsALockout() {
		Account member = accounts.member(accounts.organisation(), Role.WRITER);

		for (int i = 0; i < 5; i++) {
			signIn.attempt(member.email(), "a wrong password " + i, "192.0.2.77", "browser");
		}

		assertThat(events.stream(AccountEvent.LockedOut.class)).singleElement()
			.satisfies(lockout -> assertThat(lockout.audit().targetId()).isEqualTo("account:" + member.memberId()));
	}

	@Test
	void recordsRoleChangesAndInvitationsWithTheAdministratorAsActor() {
		var organisation = accounts.organisation();
		Account writer = accounts.member(organisation, Role.WRITER);
		actAs(organisation.owner());

		administration.change(writer.memberId(), new MemberChange(Set.of(Role.REVIEWER), true, false));
		administration.invite("invited-" + writer.email(), Set.of(Role.VIEWER), Locale.ENGLISH);

		assertThat(events.stream(AccountEvent.class).map(event -> event.audit().action())).containsExactly(
				"accounts.roles-changed", "accounts.member-disabled", "accounts.invitation-sent");
		assertThat(events.stream(AccountEvent.RolesChanged.class).findFirst().orElseThrow().audit())
			.satisfies(audit -> {
				assertThat(audit.actorId()).isEqualTo(organisation.owner().memberId());
				assertThat(audit.details()).containsEntry("before", "WRITER").containsEntry("after", "REVIEWER");
			});
	}

	private void actAs(Account account) {
		SecurityContextHolder.getContext()
			.setAuthentication(new CallerAuthentication(
					new Caller(account.tenantId(), account.memberId(), "Owner", account.roles(), Locale.ENGLISH, null)));
	}
}
