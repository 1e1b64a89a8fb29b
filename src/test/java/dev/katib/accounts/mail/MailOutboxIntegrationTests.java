package dev.katib.accounts.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import dev.katib.accounts.Caller;
import dev.katib.accounts.MailTemplates;
import dev.katib.accounts.Mailbox;
import dev.katib.accounts.Role;
import dev.katib.accounts.signin.CallerAuthentication;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;

class MailOutboxIntegrationTests extends IntegrationTest {

	@Autowired
	Mailbox mailbox;

	@Autowired
	MailTemplates templates;

	@Autowired
	MailOutbox outbox;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void keepsMailInTheOutboxOfItsOrganisationOnlyAndHidesOwnersMailFromAdministrators() {
		var organisation = accounts.organisation();
		var admin = accounts.member(organisation, Role.ADMIN);
		var writer = accounts.member(organisation, Role.WRITER);
		var elsewhere = accounts.organisation();
		send(organisation.tenantId(), writer.email(), "en");
		send(organisation.tenantId(), organisation.owner().email(), "ar");
		send(elsewhere.tenantId(), elsewhere.owner().email(), "en");

		actAs(admin);
		assertThat(outbox.newest()).extracting(MailOutbox.KeptMail::recipient).containsExactly(writer.email());
		actAs(organisation.owner());
		assertThat(outbox.newest()).extracting(MailOutbox.KeptMail::recipient)
			.containsExactlyInAnyOrder(writer.email(), organisation.owner().email());
	}

	@Test
	void rendersMailInTheRecipientsLanguageAndEscapesHtml() {
		var mail = templates.render("invitation", java.util.UUID.randomUUID(), "a@example.org", Locale.forLanguageTag("ar"),
				Map.of("link", "https://katib.example/invitations/accept?token=abc", "inviter", "<b>Huda</b>",
						"organisation", "دار الكتابة"));

		assertThat(mail.subject()).isEqualTo("دعوة للانضمام إلى كاتب");
		assertThat(mail.text()).contains("<b>Huda</b>").contains("https://katib.example/invitations/accept?token=abc");
		assertThat(mail.html()).contains("&lt;b&gt;Huda&lt;/b&gt;").contains("dir=\"rtl\"").doesNotContain("<b>Huda");
	}

	private void send(java.util.UUID tenantId, String to, String language) {
		mailbox.send(templates.render("password-reset", tenantId, to, Locale.forLanguageTag(language),
				Map.of("link", "https://katib.example/password/reset?token=xyz")));
	}

	private void actAs(Account account) {
		SecurityContextHolder.getContext()
			.setAuthentication(new CallerAuthentication(
					new Caller(account.tenantId(), account.memberId(), "someone", account.roles(), Locale.ENGLISH, null)));
	}
}
