package dev.katib.accounts;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import dev.katib.accounts.Mailbox.OutgoingMail;


/**
 * Renders Katib's e-mails from Thymeleaf templates in the recipient's language: {@code mail/<name>.html}
 * (escaped HTML) and {@code mail/<name>.txt} (plain text), with the subject from the message key
 * {@code mail.<name>.subject}.
 */
@Component
public class MailTemplates {

	private final TemplateEngine html;
	private final SpringTemplateEngine text;
	private final MessageSource messages;

	MailTemplates(TemplateEngine html, MessageSource messages) {
		this.html = html;
		this.messages = messages;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		this.text = new SpringTemplateEngine();
		this.text.setTemplateResolver(resolver);
		this.text.setTemplateEngineMessageSource(messages);
	}

	public OutgoingMail render(String name, UUID tenantId, String to, Locale language, Map<String, Object> variables) {
		return render(name, "mail." + name + ".subject", new Object[0], tenantId, to, language, variables);
	}

	/** As {@link #render(String, UUID, String, Locale, Map)}, with the subject from this message key and arguments. */
	public OutgoingMail render(String name, String subjectKey, Object[] subjectArguments, UUID tenantId, String to,
			Locale language, Map<String, Object> variables) {
		Context context = new Context(language, variables);
		return new OutgoingMail(tenantId, to, messages.getMessage(subjectKey, subjectArguments, language),
				text.process(name, context), html.process("mail/" + name, context));
	}
}
