package dev.katib.delivery.internal;

import org.jspecify.annotations.Nullable;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;

import dev.katib.delivery.Channel;

/**
 * E-mails a letter's PDF over SMTP, from the organisation's name, with a short body in Arabic then
 * English. The subject is MIME-encoded (UTF-8) so Arabic survives every mail client.
 */
class EmailSender implements ChannelSender {

	/** The organisation's name for the From header, and for the body. */
	interface SenderNames {
		String of(java.util.UUID tenantId);
	}

	private final JavaMailSenderImpl mail = new JavaMailSenderImpl();
	private final String from;
	private final SenderNames names;

	EmailSender(DeliveryProperties.Smtp smtp, SenderNames names) {
		configure(mail, smtp);
		this.from = smtp.from();
		this.names = names;
	}

	/** A mail sender for the SMTP server, as letters go through it: for signers' digests too. */
	static JavaMailSenderImpl mailSender(DeliveryProperties.Smtp smtp) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		configure(sender, smtp);
		return sender;
	}

	private static void configure(JavaMailSenderImpl mail, DeliveryProperties.Smtp smtp) {
		mail.setHost(smtp.host());
		mail.setPort(smtp.port());
		if (smtp.username() != null && !smtp.username().isBlank()) {
			mail.setUsername(smtp.username());
			mail.setPassword(smtp.password());
		}
		mail.setDefaultEncoding(StandardCharsets.UTF_8.name());
		Properties properties = mail.getJavaMailProperties();
		boolean auth = smtp.username() != null && !smtp.username().isBlank();
		properties.put("mail.smtp.auth", String.valueOf(auth));
		properties.put("mail.smtp.starttls.enable", String.valueOf(smtp.startTls()));
		properties.put("mail.smtp.starttls.required", String.valueOf(smtp.startTls()));
		properties.put("mail.smtp.connectiontimeout", "10000");
		properties.put("mail.smtp.timeout", "20000");
		properties.put("mail.smtp.writetimeout", "20000");
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public @Nullable String send(Parcel parcel) {
		try {
			MimeMessage message = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			String organisation = names.of(parcel.tenantId());
			helper.setFrom(new InternetAddress(from, organisation, StandardCharsets.UTF_8.name()));
			helper.setTo(parcel.recipient());
			helper.setSubject("خطاب من " + organisation + " | A letter from " + organisation);
			helper.setText(text(organisation, parcel), html(organisation, parcel));
			helper.addAttachment(parcel.fileName(), new ByteArrayResource(parcel.pdf()), "application/pdf");
			for (Parcel.Enclosure enclosure : parcel.enclosures()) {
				helper.addAttachment(enclosure.fileName(), new ByteArrayResource(enclosure.content()),
						enclosure.contentType());
			}
			mail.send(message);
			return null;
		}
		catch (MailAuthenticationException e) {
			throw new DeliveryProblem("The SMTP server refused Katib's credentials.", false, e);
		}
		catch (MailSendException e) {
			boolean refusedAddress = e.getFailedMessages().values().stream().anyMatch(SendFailedException.class::isInstance);
			throw new DeliveryProblem("The mail server did not accept the message: " + e.getMostSpecificCause().getMessage(),
					refusedAddress, e);
		}
		catch (MailException e) {
			throw new DeliveryProblem("The mail server could not be reached: " + e.getMostSpecificCause().getMessage(), false, e);
		}
		catch (MessagingException | UnsupportedEncodingException e) {
			throw new DeliveryProblem("The message could not be built: " + e.getMessage(), true, e);
		}
	}

	private static String text(String organisation, Parcel parcel) {
		return """
				السلام عليكم ورحمة الله وبركاته،

				مرفق خطاب من %1$s بصيغة PDF. يمكن التحقق من صحته برمز التحقق: %2$s

				---

				Please find attached a letter from %1$s as a PDF. Its authenticity can be checked with the verification code: %2$s
				""".formatted(organisation, parcel.verificationCode());
	}

	private static String html(String organisation, Parcel parcel) {
		String name = HtmlUtils.htmlEscape(organisation);
		String code = HtmlUtils.htmlEscape(parcel.verificationCode());
		return """
				<!doctype html><html><body>
				<div dir="rtl" lang="ar"><p>السلام عليكم ورحمة الله وبركاته،</p>
				<p>مرفق خطاب من %1$s بصيغة PDF. يمكن التحقق من صحته برمز التحقق: <bdi>%2$s</bdi></p></div>
				<hr>
				<div dir="ltr" lang="en"><p>Please find attached a letter from %1$s as a PDF. Its authenticity can be checked
				with the verification code: %2$s</p></div>
				</body></html>""".formatted(name, code);
	}
}
