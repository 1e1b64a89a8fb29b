package dev.katib.accounts.mail;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.Mailbox;
import dev.katib.accounts.members.Rows;
import dev.katib.platform.Ids;

/** Keeps messages in the local outbox, for installations without an SMTP server. */
class OutboxMailbox implements Mailbox {

	private final JdbcClient jdbc;
	private final Clock clock;

	OutboxMailbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void send(OutgoingMail mail) {
		jdbc.sql("""
				INSERT INTO accounts_outbox_mail (id, tenant_id, recipient, subject, text_body, html_body, created_at)
				VALUES (:id, :tenant, :to, :subject, :text, :html, :now)""")
			.param("id", Ids.newId(clock))
			.param("tenant", mail.tenantId())
			.param("to", mail.to())
			.param("subject", mail.subject())
			.param("text", mail.text())
			.param("html", mail.html())
			.param("now", Rows.at(clock.instant()))
			.update();
	}
}
