package dev.katib.review;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Colleagues;
import dev.katib.accounts.Colleagues.Colleague;
import dev.katib.accounts.MailTemplates;
import dev.katib.accounts.Mailbox;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Role;
import dev.katib.letters.Letter;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.LetterTransitioned;
import dev.katib.platform.Ids;

/**
 * Tells members what happened to letters that wait for them or that they wrote: a notification in Katib and an
 * e-mail from the mail templates, once the transition has committed. Signers are e-mailed one digest of the
 * letters waiting for their signature instead (the delivery module's signer digests), as often as they chose. A transition is told once, even when its
 * event is handled again after a restart.
 */
@Component
class Notifications {

	/** One notification as its reader sees it. */
	record Notification(UUID id, UUID letterId, NotificationKind kind, String actorName, Instant createdAt,
			boolean read) {
	}

	private final JdbcClient jdbc;
	private final LetterHistory history;
	private final Colleagues colleagues;
	private final Mailbox mailbox;
	private final MailTemplates mails;
	private final Clock clock;
	private final String baseUrl;

	Notifications(JdbcClient jdbc, LetterHistory history, Colleagues colleagues, Mailbox mailbox,
			MailTemplates mails, Clock clock, @Value("${katib.accounts.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.history = history;
		this.colleagues = colleagues;
		this.mailbox = mailbox;
		this.mails = mails;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@ApplicationModuleListener
	void on(LetterTransitioned moved) {
		Letter letter = history.letter(moved.tenantId(), moved.letterId()).orElse(null);
		if (letter == null) {
			return;
		}
		String subject = history.current(moved.tenantId(), moved.letterId())
			.map(version -> version.letter().subject())
			.orElse("");
		UUID tenant = moved.tenantId();
		List<Colleague> writer = colleagues.find(tenant, letter.writerId())
			.filter(Colleague::active)
			.filter(member -> !member.id().equals(moved.actorId()))
			.stream()
			.toList();
		switch (moved.to()) {
			case IN_REVIEW -> notify(moved, subject, NotificationKind.SUBMITTED, withRole(moved, Role.REVIEWER));
			case RETURNED -> notify(moved, subject, NotificationKind.RETURNED, writer);
			case APPROVED -> {
				notify(moved, subject, NotificationKind.APPROVED, writer);
				notify(moved, subject, NotificationKind.AWAITING_SIGNATURE, withRole(moved, Role.SIGNER));
			}
			case SIGNED -> notify(moved, subject, NotificationKind.SIGNED, writer);
			default -> {
			}
		}
	}

	private List<Colleague> withRole(LetterTransitioned moved, Role role) {
		return colleagues.withAnyRole(moved.tenantId(), Set.of(role))
			.stream()
			.filter(member -> !member.id().equals(moved.actorId()))
			.toList();
	}

	private void notify(LetterTransitioned moved, String subject, NotificationKind kind,
			Collection<Colleague> readers) {
		for (Colleague reader : readers) {
			int added = jdbc.sql("""
					INSERT INTO review_notification (id, tenant_id, recipient_id, letter_id, kind, actor_name, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)
					ON CONFLICT (tenant_id, recipient_id, letter_id, kind, created_at) DO NOTHING""")
				.params(Ids.newId(clock), moved.tenantId(), reader.id(), moved.letterId(), kind.name(), moved.actor(),
						moved.at().atOffset(ZoneOffset.UTC))
				.update();
			// a signer is e-mailed one digest of the letters waiting for them, not one message per letter
			if (added == 1 && kind != NotificationKind.AWAITING_SIGNATURE) {
				mailbox.send(mail(moved, subject, kind, reader));
			}
		}
	}

	/** The reader's latest notifications, newest first. */
	@Transactional(readOnly = true)
	List<Notification> latest(Caller reader, int limit) {
		Permission.READ_LETTERS.require(reader);
		UUID tenantId = reader.tenantId();
		UUID readerId = reader.userId();
		return jdbc.sql("""
				SELECT id, letter_id, kind, actor_name, created_at, read_at FROM review_notification
				WHERE tenant_id = ? AND recipient_id = ? ORDER BY created_at DESC, id DESC LIMIT ?""")
			.params(tenantId, readerId, limit)
			.query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getObject("letter_id", UUID.class),
					NotificationKind.valueOf(rs.getString("kind")), rs.getString("actor_name"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getObject("read_at") != null))
			.list();
	}

	@Transactional(readOnly = true)
	int unread(Caller reader) {
		Permission.READ_LETTERS.require(reader);
		UUID tenantId = reader.tenantId();
		UUID readerId = reader.userId();
		return jdbc.sql("""
				SELECT count(*) FROM review_notification WHERE tenant_id = ? AND recipient_id = ? AND read_at IS NULL""")
			.params(tenantId, readerId)
			.query(Integer.class)
			.single();
	}

	/** Marks one notification read; false when the reader has no such notification. */
	@Transactional
	boolean markRead(Caller reader, UUID notificationId) {
		Permission.READ_LETTERS.require(reader);
		UUID tenantId = reader.tenantId();
		UUID readerId = reader.userId();
		return jdbc.sql("""
				UPDATE review_notification SET read_at = coalesce(read_at, ?)
				WHERE tenant_id = ? AND recipient_id = ? AND id = ?""")
			.params(clock.instant().atOffset(ZoneOffset.UTC), tenantId, readerId, notificationId)
			.update() == 1;
	}

	@Transactional
	int markAllRead(Caller reader) {
		Permission.READ_LETTERS.require(reader);
		UUID tenantId = reader.tenantId();
		UUID readerId = reader.userId();
		return jdbc.sql("""
				UPDATE review_notification SET read_at = ?
				WHERE tenant_id = ? AND recipient_id = ? AND read_at IS NULL""")
			.params(clock.instant().atOffset(ZoneOffset.UTC), tenantId, readerId)
			.update();
	}

	private Mailbox.OutgoingMail mail(LetterTransitioned moved, String subject, NotificationKind kind,
			Colleague reader) {
		String shown = subject.length() > 150 ? subject.substring(0, 150) + "…" : subject;
		return mails.render("letter-notification", "mail.letters." + kind.key() + ".subject", new Object[] { shown },
				moved.tenantId(), reader.email(), Locale.forLanguageTag(reader.language()),
				Map.of("kind", kind.key(), "actor", moved.actor(), "subject", shown, "link",
						baseUrl + "/letters/" + moved.letterId()));
	}
}
