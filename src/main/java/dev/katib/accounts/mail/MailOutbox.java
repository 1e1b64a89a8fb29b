package dev.katib.accounts.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Role;
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

	/**
	 * The newest messages of the caller's organisation. Administrators who are not owners do not see
	 * messages to owners: those may carry an owner's password-reset link.
	 */
	public List<KeptMail> newest() {
		var caller = access.require(Permission.READ_MAIL_OUTBOX);
		return jdbc.sql("""
				SELECT id, recipient, subject, text_body, created_at FROM accounts_outbox_mail o
				WHERE tenant_id = :tenant AND (:owner OR NOT EXISTS (
				  SELECT 1 FROM accounts_user u JOIN accounts_membership m ON m.user_id = u.id
				  WHERE m.tenant_id = :tenant AND lower(u.email) = lower(o.recipient) AND 'OWNER' = ANY (m.roles)))
				ORDER BY created_at DESC, id DESC LIMIT :limit""")
			.param("tenant", caller.tenantId())
			.param("owner", caller.roles().contains(Role.OWNER))
			.param("limit", SHOWN)
			.query((rs, n) -> new KeptMail(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("text_body"), Rows.instant(rs, "created_at")))
			.list();
	}
}
