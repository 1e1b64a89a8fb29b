package dev.katib.accounts;

import java.util.UUID;

/**
 * Sends e-mail on behalf of an organisation: over SMTP when Katib has a server configured,
 * otherwise into the local outbox its owners and administrators read in the browser. A message
 * sent inside a transaction leaves only if that transaction commits.
 */
public interface Mailbox {

	void send(OutgoingMail mail);

	/**
	 * One message, already rendered; {@code html} is the same content as {@code text}, with markup.
	 * Whoever builds it escapes user text in the HTML (Thymeleaf templates do).
	 */
	record OutgoingMail(UUID tenantId, String to, String subject, String text, String html) {
	}
}
