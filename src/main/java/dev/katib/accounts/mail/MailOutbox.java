package dev.katib.accounts.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Permission;
import dev.katib.accounts.members.Rows;

/** The messages kept in the local outbox, for the organisation's owners and administrators. */
@Service
public class MailOutbox {

	private static final int SHOWN = 200;

	private final JdbcClient jdbc;
	private final AccessPolicy access;

	MailOutbox(JdbcClient jdbc, AccessPolicy access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/** One kept message. */
	public record KeptMail(UUID id, String recipient, String subject, String text, Instant createdAt) {
	}

	/** The newest messages of the caller's organisation. */
	public List<KeptMail> newest() {
		var caller = access.require(Permission.READ_MAIL_OUTBOX);
		return jdbc.sql("""
				SELECT id, recipient, subject, text_body, created_at FROM accounts_outbox_mail
				WHERE tenant_id = :tenant ORDER BY created_at DESC, id DESC LIMIT :limit""")
			.param("tenant", caller.tenantId())
			.param("limit", SHOWN)
			.query((rs, n) -> new KeptMail(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("text_body"), Rows.instant(rs, "created_at")))
			.list();
	}
}
