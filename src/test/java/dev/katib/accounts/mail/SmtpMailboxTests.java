package dev.katib.accounts.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.katib.accounts.Mailbox.OutgoingMail;
import dev.katib.accounts.configuration.AccountsProperties;

/** The SMTP sender against GreenMail, a real SMTP server, without starting the application. */
class SmtpMailboxTests {

	private GreenMail smtp;

	@BeforeEach
	void start() {
		smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		smtp.setUser("katib", "mail-secret");
	}

	@AfterEach
	void stop() {
		smtp.stop();
	}

	@Test
	void sendsArabicTextAndHtmlAsAlternativesOfOneMessage() throws Exception {
		var mailbox = new SmtpMailbox(new AccountsProperties.Mail("127.0.0.1", smtp.getSmtp().getPort(), "katib",
				"mail-secret", "katib@example.org", false));

		mailbox.send(new OutgoingMail(UUID.randomUUID(), "huda@example.org", "دعوة للانضمام إلى كاتب",
				"السلام عليكم", "<p>السلام عليكم</p>"));

		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage message = smtp.getReceivedMessages()[0];
		assertThat(message.getSubject()).isEqualTo("دعوة للانضمام إلى كاتب");
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo("huda@example.org");
		assertThat(message.getFrom()[0].toString()).isEqualTo("katib@example.org");
		assertThat(message.getContent()).isInstanceOf(MimeMultipart.class);
		assertThat(GreenMailUtil.getBody(message)).contains("multipart/alternative");
	}
}
