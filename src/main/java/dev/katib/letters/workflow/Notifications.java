package dev.katib.letters.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import dev.katib.accounts.Colleagues.Colleague;
import dev.katib.accounts.Mailbox;
import dev.katib.platform.Ids;

/**
 * Tells members what happened to letters that wait for them or that they wrote: a notification in Katib and an
 * e-mail, both in the transaction of the change, so neither goes out for a change that rolls back.
 */
@Component
class Notifications {

	/** One notification as its reader sees it. */
	record Notification(UUID id, UUID letterId, NotificationKind kind, String actorName, Instant createdAt,
			boolean read) {
	}

	private final JdbcClient jdbc;
	private final Mailbox mailbox;
	private final MessageSource messages;
	private final Clock clock;
	private final String baseUrl;

	Notifications(JdbcClient jdbc, Mailbox mailbox, MessageSource messages, Clock clock,
			@Value("${katib.accounts.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.mailbox = mailbox;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void notify(UUID tenantId, UUID letterId, String subject, NotificationKind kind, String actorName,
			Collection<Colleague> readers) {
		Instant now = clock.instant();
		for (Colleague reader : readers) {
			jdbc.sql("""
					INSERT INTO letters_notification (id, tenant_id, recipient_id, letter_id, kind, actor_name, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(Ids.newId(clock), tenantId, reader.id(), letterId, kind.name(), actorName,
						now.atOffset(ZoneOffset.UTC))
				.update();
			mailbox.send(mail(tenantId, letterId, subject, kind, actorName, reader));
		}
	}

	@Transactional(readOnly = true)
	List<Notification> latest(UUID tenantId, UUID readerId, int limit) {
		return jdbc.sql("""
				SELECT id, letter_id, kind, actor_name, created_at, read_at FROM letters_notification
				WHERE tenant_id = ? AND recipient_id = ? ORDER BY created_at DESC, id DESC LIMIT ?""")
			.params(tenantId, readerId, limit)
			.query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getObject("letter_id", UUID.class),
					NotificationKind.valueOf(rs.getString("kind")), rs.getString("actor_name"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getObject("read_at") != null))
			.list();
	}

	@Transactional(readOnly = true)
	int unread(UUID tenantId, UUID readerId) {
		return jdbc.sql("""
				SELECT count(*) FROM letters_notification WHERE tenant_id = ? AND recipient_id = ? AND read_at IS NULL""")
			.params(tenantId, readerId)
			.query(Integer.class)
			.single();
	}

	/** Marks one notification read; false when the reader has no such notification. */
	@Transactional
	boolean markRead(UUID tenantId, UUID readerId, UUID notificationId) {
		return jdbc.sql("""
				UPDATE letters_notification SET read_at = coalesce(read_at, ?)
				WHERE tenant_id = ? AND recipient_id = ? AND id = ?""")
			.params(clock.instant().atOffset(ZoneOffset.UTC), tenantId, readerId, notificationId)
			.update() == 1;
	}

	@Transactional
	int markAllRead(UUID tenantId, UUID readerId) {
		return jdbc.sql("""
				UPDATE letters_notification SET read_at = ?
				WHERE tenant_id = ? AND recipient_id = ? AND read_at IS NULL""")
			.params(clock.instant().atOffset(ZoneOffset.UTC), tenantId, readerId)
			.update();
	}

	private Mailbox.OutgoingMail mail(UUID tenantId, UUID letterId, String subject, NotificationKind kind,
			String actorName, Colleague reader) {
		Locale language = Locale.forLanguageTag(reader.language());
		subject = subject.length() > 150 ? subject.substring(0, 150) + "…" : subject;
		String link = baseUrl.replaceAll("/+$", "") + "/letters/" + letterId;
		String title = messages.getMessage("mail.letters." + kind.key() + ".subject", new Object[] { subject },
				language);
		String line = messages.getMessage("notifications." + kind.key(), new Object[] { actorName, subject },
				language);
		String open = messages.getMessage("mail.letters.open", null, language);
		String text = line + "\n\n" + open + ": " + link + "\n";
		String dir = "ar".equals(reader.language()) ? "rtl" : "ltr";
		String html = "<!DOCTYPE html><html lang=\"" + HtmlUtils.htmlEscape(reader.language()) + "\" dir=\"" + dir
				+ "\"><body><p>" + HtmlUtils.htmlEscape(line) + "</p><p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">"
				+ HtmlUtils.htmlEscape(open) + "</a></p></body></html>";
		return new Mailbox.OutgoingMail(tenantId, reader.email(), title, text, html);
	}
}
