package dev.katib.accounts.mail;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import dev.katib.platform.Pages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The local mail outbox, for installations without SMTP. */
@Pages
@RequiresPermission(Permission.READ_MAIL_OUTBOX)
class OutboxPages {

	private final MailOutbox outbox;

	OutboxPages(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/mail-outbox")
	String page(Model model) {
		model.addAttribute("mails", outbox.newest());
		return "accounts/mail-outbox";
	}
}
