package dev.katib.accounts.mail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The local mail outbox, for installations without SMTP. */
@Controller
class OutboxPage {

	private final MailOutbox outbox;

	OutboxPage(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/mail-outbox")
	String page(Model model) {
		model.addAttribute("mails", outbox.newest());
		return "accounts/mail-outbox";
	}
}
