package dev.katib.accounts.mail;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.Mailbox;
import dev.katib.accounts.configuration.AccountsProperties;

/** SMTP when {@code KATIB_SMTP_HOST} is set, the local outbox otherwise, and the log says which. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

	@Bean
	Mailbox mailbox(AccountsProperties properties, JdbcClient jdbc, Clock clock) {
		var mail = properties.mail();
		if (mail.smtpConfigured()) {
			log.info("E-mail goes out over SMTP through {}:{}.", mail.host(), mail.port());
			return new SmtpMailbox(mail);
		}
		log.info("No SMTP server is configured (KATIB_SMTP_HOST): e-mail is kept in the local outbox, "
				+ "which owners and administrators read at /mail-outbox.");
		return new OutboxMailbox(jdbc, clock);
	}
}
