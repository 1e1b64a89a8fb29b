package dev.katib.accounts.mail;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.katib.accounts.Mailbox;
import dev.katib.accounts.configuration.AccountsProperties;

/**
 * Sends messages over SMTP (Spring Mail), after the transaction that asked for them commits, so a
 * rolled-back invitation sends nothing. Text and HTML go as alternatives of one message.
 */
public class SmtpMailbox implements Mailbox {

	private static final Logger log = LoggerFactory.getLogger(SmtpMailbox.class);

	private final JavaMailSenderImpl sender = new JavaMailSenderImpl();
	private final String from;

	public SmtpMailbox(AccountsProperties.Mail settings) {
		sender.setHost(settings.host());
		sender.setPort(settings.port());
		if (settings.username() != null && !settings.username().isBlank()) {
			sender.setUsername(settings.username());
			sender.setPassword(settings.password());
		}
		sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
		Properties properties = sender.getJavaMailProperties();
		properties.put("mail.smtp.auth", String.valueOf(settings.username() != null && !settings.username().isBlank()));
		properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
		properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
		properties.put("mail.smtp.connectiontimeout", "10000");
		properties.put("mail.smtp.timeout", "10000");
		properties.put("mail.smtp.writetimeout", "10000");
		this.from = settings.from();
	}

	@Override
	public void send(OutgoingMail mail) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deliver(mail);
				}
			});
		}
		else {
			deliver(mail);
		}
	}

	private void deliver(OutgoingMail mail) {
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.text(), mail.html());
			sender.send(message);
		}
		catch (MessagingException | MailException ex) {
			// the recipient's address is personal data: the tenant is enough to find the message's origin
			log.error("Could not send an e-mail of tenant {} over SMTP", mail.tenantId(), ex);
		}
	}
}
