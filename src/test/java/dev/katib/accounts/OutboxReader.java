package dev.katib.accounts;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the local mail outbox of the test application (no SMTP server is configured in tests). */
final class OutboxReader {

	private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

	private final JdbcClient jdbc;

	OutboxReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int count(String recipient) {
		return jdbc.sql("SELECT count(*) FROM accounts_outbox_mail WHERE lower(recipient) = lower(:to)")
			.param("to", recipient)
			.query(Integer.class)
			.single();
	}

	String latestText(String recipient) {
		return jdbc.sql("""
				SELECT text_body FROM accounts_outbox_mail WHERE lower(recipient) = lower(:to)
				ORDER BY created_at DESC, id DESC LIMIT 1""")
			.param("to", recipient)
			.query(String.class)
			.single();
	}

	/** The secret of the newest link sent to the recipient. */
	String latestToken(String recipient) {
		Matcher matcher = TOKEN.matcher(latestText(recipient));
		if (!matcher.find()) {
			throw new AssertionError("no link in the latest mail to " + recipient);
		}
		return matcher.group(1);
	}

	UUID tenantOf(String recipient) {
		return jdbc.sql("SELECT tenant_id FROM accounts_outbox_mail WHERE lower(recipient) = lower(:to) LIMIT 1")
			.param("to", recipient)
			.query(UUID.class)
			.single();
	}
}
