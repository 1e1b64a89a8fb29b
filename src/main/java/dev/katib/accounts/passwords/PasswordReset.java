package dev.katib.accounts.passwords;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import dev.katib.accounts.AccountEvent;
import dev.katib.accounts.Mailbox;
import dev.katib.accounts.configuration.AccountsProperties;
import dev.katib.accounts.MailTemplates;
import dev.katib.accounts.members.AccountProblems;
import dev.katib.accounts.members.Members;
import dev.katib.accounts.members.OneTimeLinks;
import dev.katib.accounts.members.OneTimeLinks.Purpose;
import dev.katib.accounts.tokens.Secrets;
import dev.katib.platform.KatibException;

/**
 * Forgotten passwords: a single-use link, valid 30 minutes, sent to the member's address. Asking
 * gets the same answer whether or not the address belongs to anyone.
 */
@Service
public class PasswordReset {

	static final Duration VALID_FOR = Duration.ofMinutes(30);
	private static final java.util.UUID UNKNOWN = new java.util.UUID(0, 0);

	private final Members members;
	private final OneTimeLinks links;
	private final PasswordPolicy policy;
	private final Credentials credentials;
	private final MailTemplates templates;
	private final Mailbox mailbox;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final AccountsProperties properties;

	PasswordReset(Members members, OneTimeLinks links, PasswordPolicy policy, Credentials credentials,
			MailTemplates templates, Mailbox mailbox, ApplicationEventPublisher events, Clock clock,
			AccountsProperties properties) {
		this.members = members;
		this.links = links;
		this.policy = policy;
		this.credentials = credentials;
		this.templates = templates;
		this.mailbox = mailbox;
		this.events = events;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Sends a reset link if the address belongs to an active member; otherwise does nothing, silently.
	 * The message is rendered either way, so the answer takes about as long whether or not it is sent.
	 */
	@Transactional
	public void request(String email) {
		if (email.length() > 254) {
			return;
		}
		var member = members.credentials(email).map(Members.Credentials::member).filter(found -> found.active());
		String secret = member
			.map(found -> links.issue(Purpose.PASSWORD_RESET, found.tenantId(), found.id(), VALID_FOR))
			.orElseGet(Secrets::newSecret);
		String link = UriComponentsBuilder.fromUri(properties.baseUrl())
			.path("/password/reset")
			.queryParam("token", secret)
			.build()
			.toUriString();
		Locale language = Locale.forLanguageTag(member.map(found -> found.language()).orElse("ar"));
		var mail = templates.render("password-reset", member.map(found -> found.tenantId()).orElse(UNKNOWN), email,
				language, Map.of("link", link));
		member.ifPresent(found -> mailbox.send(mail));
	}

	/** Whether the link is still valid, for the page that asks for the new password. */
	public boolean valid(String token) {
		return links.peek(Purpose.PASSWORD_RESET, token).isPresent();
	}

	/**
	 * Sets the new password and spends the link.
	 *
	 * @throws KatibException {@code validation-failed} for a weak password (the link stays valid),
	 * {@code link-invalid} for an unknown, spent or expired link
	 */
	@Transactional
	public void complete(String token, String password, @Nullable String address) {
		var holder = links.peek(Purpose.PASSWORD_RESET, token).orElseThrow(PasswordReset::invalidLink);
		var member = members.find(holder.tenantId(), holder.memberId()).orElseThrow(PasswordReset::invalidLink);
		policy.check(password, member.name(), member.email());
		links.spend(Purpose.PASSWORD_RESET, token).orElseThrow(PasswordReset::invalidLink);
		credentials.replace(member.tenantId(), member.id(), password, null);
		events.publishEvent(new AccountEvent.PasswordReset(member.tenantId(), member.id(), address, clock.instant()));
	}

	static KatibException invalidLink() {
		return new KatibException(AccountProblems.LINK_INVALID,
				"This link is not valid: it was used already, has expired or never existed. Ask for a new one.");
	}
}
