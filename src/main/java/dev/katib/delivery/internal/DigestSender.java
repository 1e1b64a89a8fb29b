package dev.katib.delivery.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.accounts.Colleagues;
import dev.katib.accounts.MailTemplates;
import dev.katib.accounts.Mailbox;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.LetterStatus;
import dev.katib.platform.Ids;

/**
 * Sends signers' digests: one message per signer listing every letter approved since their last one and still
 * waiting for a signature, with a link to their signature queue. An {@code IMMEDIATE} digest goes once approvals
 * have settled ({@link #QUIET} without a new one) and at most every {@link #EVERY} while they keep arriving; a
 * {@code DAILY} one after eight in the morning of the organisation's time zone. The letters are taken from the
 * pending list in the transaction that records the digest, so two processes never send the same one. The
 * digest is an account mail (its template beside the others) sent through the letters' SMTP server when there is
 * one, else to the mailbox; and a WhatsApp text too when the signer gave a phone and the organisation has an account.
 */
@Component
class DigestSender {

	static final Duration QUIET = Duration.ofMinutes(2);
	static final Duration EVERY = Duration.ofMinutes(15);
	static final LocalTime MORNING = LocalTime.of(8, 0);
	static final int MAX_LISTED = 50;

	private static final Logger LOG = LoggerFactory.getLogger(DigestSender.class);

	private final JdbcClient jdbc;
	private final SignerDigests digests;
	private final Colleagues colleagues;
	private final LetterHistory history;
	private final MailTemplates mails;
	private final Mailbox mailbox;
	private final List<TextMessages> whatsApp;
	private final TransactionTemplate transaction;
	private final @Nullable JavaMailSenderImpl smtp;
	private final String from;
	private final String baseUrl;
	private final Clock clock;

	DigestSender(JdbcClient jdbc, SignerDigests digests, Colleagues colleagues, LetterHistory history,
			MailTemplates mails, Mailbox mailbox, List<TextMessages> whatsApp, TransactionTemplate transaction,
			DeliveryProperties properties, @Value("${katib.accounts.base-url}") String baseUrl, Clock clock) {
		this.jdbc = jdbc;
		this.digests = digests;
		this.colleagues = colleagues;
		this.history = history;
		this.mails = mails;
		this.mailbox = mailbox;
		this.whatsApp = whatsApp;
		this.transaction = transaction;
		this.smtp = properties.smtp().configured() ? EmailSender.mailSender(properties.smtp()) : null;
		this.from = properties.smtp().from();
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.clock = clock;
	}

	private record Waiting(UUID tenantId, UUID memberId, Instant first, Instant last, @Nullable Instant lastSent) {
	}

	/** Sends every digest that is due; answers how many went. */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT30S")
	int sendDue() {
		Instant now = clock.instant();
		List<Waiting> waiting = jdbc.sql("""
				SELECT p.tenant_id, p.member_id, min(p.added_at), max(p.added_at),
				  (SELECT max(d.sent_at) FROM delivery_digest_sent d WHERE d.tenant_id = p.tenant_id
				    AND d.member_id = p.member_id)
				  FROM delivery_digest_pending p GROUP BY p.tenant_id, p.member_id ORDER BY min(p.added_at) LIMIT 500""")
			.query((row, n) -> new Waiting(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
					row.getObject(3, OffsetDateTime.class).toInstant(), row.getObject(4, OffsetDateTime.class).toInstant(),
					row.getObject(5) == null ? null : row.getObject(5, OffsetDateTime.class).toInstant()))
			.list();
		int sent = 0;
		for (Waiting signer : waiting) {
			if (due(signer, now)) {
				try {
					sent += Boolean.TRUE.equals(transaction.execute(status -> send(signer, now))) ? 1 : 0;
				}
				catch (RuntimeException failed) {
					LOG.warn("A digest for member {} of tenant {} failed; it is tried again", signer.memberId(),
							signer.tenantId(), failed);
				}
			}
		}
		return sent;
	}

	private boolean due(Waiting signer, Instant now) {
		SignerDigests.Setting setting = digests.setting(signer.tenantId(), signer.memberId());
		return switch (setting.frequency()) {
			case OFF -> false;
			case DAILY -> {
				var zone = colleagues.timeZone(signer.tenantId());
				Instant morning = now.atZone(zone).toLocalDate().atTime(MORNING).atZone(zone).toInstant();
				yield !now.isBefore(morning) && (signer.lastSent() == null || signer.lastSent().isBefore(morning));
			}
			case IMMEDIATE -> (signer.lastSent() == null || !signer.lastSent().plus(EVERY).isAfter(now))
					&& (!signer.last().plus(QUIET).isAfter(now) || !signer.first().plus(EVERY).isAfter(now));
		};
	}

	private record Pending(UUID letterId, String subject) {
	}

	private boolean send(Waiting signer, Instant now) {
		var member = colleagues.find(signer.tenantId(), signer.memberId()).orElse(null);
		List<Pending> taken = jdbc.sql("""
				DELETE FROM delivery_digest_pending WHERE tenant_id = ? AND member_id = ?
				RETURNING letter_id, subject, added_at""")
			.params(signer.tenantId(), signer.memberId())
			.query((row, n) -> new Pending(row.getObject(1, UUID.class), row.getString(2)))
			.list();
		List<Pending> letters = taken.stream()
			.filter(p -> history.letter(signer.tenantId(), p.letterId())
				.filter(letter -> letter.status() == LetterStatus.APPROVED).isPresent())
			.sorted(java.util.Comparator.comparing(Pending::subject).thenComparing(Pending::letterId))
			.toList();
		if (member == null || !member.active() || letters.isEmpty()) {
			return false;
		}
		Locale language = Locale.forLanguageTag(member.language());
		String link = baseUrl + "/queues/signature";
		List<String> subjects = letters.stream().limit(MAX_LISTED).map(p -> shortened(p.subject())).toList();
		Mailbox.OutgoingMail mail = mails.render("signer-digest", "mail.digest.subject",
				new Object[] { letters.size() }, signer.tenantId(), member.email(), language,
				Map.of("count", letters.size(), "subjects", subjects, "more", letters.size() - subjects.size(),
						"link", link));
		List<String> channels = new ArrayList<>(List.of("EMAIL"));
		email(mail);
		String phone = digests.setting(signer.tenantId(), signer.memberId()).phone();
		if (phone != null && whatsApp.stream().anyMatch(w -> w.availableTo(signer.tenantId()))) {
			try {
				whatsApp.getFirst().sendText(signer.tenantId(), phone, mail.text());
				channels.add("WHATSAPP");
			}
			catch (DeliveryProblem refused) {
				LOG.warn("The WhatsApp digest of member {} did not go: {}", signer.memberId(), refused.getMessage());
			}
		}
		jdbc.sql("""
				INSERT INTO delivery_digest_sent (id, tenant_id, member_id, letters, channels, sent_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(Ids.newId(clock), signer.tenantId(), signer.memberId(), letters.size(), String.join(",", channels),
					now.atOffset(ZoneOffset.UTC))
			.update();
		return true;
	}

	private void email(Mailbox.OutgoingMail mail) {
		if (smtp == null) {
			mailbox.send(mail);
			return;
		}
		try {
			MimeMessage message = smtp.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(new InternetAddress(from, "Katib", StandardCharsets.UTF_8.name()));
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.text(), mail.html());
			smtp.send(message);
		}
		catch (jakarta.mail.MessagingException | java.io.UnsupportedEncodingException failed) {
			throw new DeliveryProblem("The digest could not be built: " + failed.getMessage(), true, failed);
		}
	}

	private static String shortened(String subject) {
		return subject.length() > 150 ? subject.substring(0, 150) + "…" : subject;
	}
}
