package dev.katib.webhooks;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.katib.accounts.Colleagues;
import dev.katib.accounts.MailTemplates;
import dev.katib.accounts.Mailbox;
import dev.katib.accounts.Role;

/**
 * Tells an organisation's owners and administrators that one of its webhook endpoints was paused. The mail is
 * sent in the transaction that paused the endpoint, so it leaves only if the pause commits.
 */
@Component
class WebhookPausedNotice {

	private final Colleagues colleagues;
	private final MailTemplates templates;
	private final Mailbox mailbox;

	WebhookPausedNotice(Colleagues colleagues, MailTemplates templates, Mailbox mailbox) {
		this.colleagues = colleagues;
		this.templates = templates;
		this.mailbox = mailbox;
	}

	void tellOwners(UUID tenantId, String url) {
		for (Colleagues.Colleague owner : colleagues.withAnyRole(tenantId, Set.of(Role.OWNER, Role.ADMIN))) {
			mailbox.send(templates.render("webhook-paused", tenantId, owner.email(), Locale.forLanguageTag(owner.language()),
					Map.of("url", url)));
		}
	}
}
