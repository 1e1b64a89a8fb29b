package dev.katib.accounts.members;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.AccountEvent;
import dev.katib.accounts.AccountEvent.Actor;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Mailbox;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Profile;
import dev.katib.accounts.Role;
import dev.katib.accounts.configuration.AccountsProperties;
import dev.katib.accounts.MailTemplates;
import dev.katib.accounts.members.OneTimeLinks.Purpose;
import dev.katib.accounts.passwords.PasswordPolicy;
import dev.katib.accounts.signin.SignInThrottle;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * What owners and administrators do with the members of their organisation: list, create, invite,
 * change roles, disable, enable and unlock. Only owners give or take the OWNER role or touch an
 * owner, and the organisation always keeps an active owner.
 */
@Service
public class MemberAdministration {

	static final Duration INVITATION_VALID_FOR = Duration.ofDays(7);

	private final Members members;
	private final Organisations organisations;
	private final AccessPolicy access;
	private final PasswordPolicy policy;
	private final PasswordEncoder passwords;
	private final OneTimeLinks links;
	private final MailTemplates templates;
	private final Mailbox mailbox;
	private final SignInThrottle throttle;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final AccountsProperties properties;

	MemberAdministration(Members members, Organisations organisations, AccessPolicy access, PasswordPolicy policy,
			PasswordEncoder passwords, OneTimeLinks links, MailTemplates templates, Mailbox mailbox,
			SignInThrottle throttle, ApplicationEventPublisher events, Clock clock, AccountsProperties properties) {
		this.members = members;
		this.organisations = organisations;
		this.access = access;
		this.policy = policy;
		this.passwords = passwords;
		this.links = links;
		this.templates = templates;
		this.mailbox = mailbox;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
		this.properties = properties;
	}

	/** A member as administrators see them, with whether sign-in is locked for them now. */
	public record MemberView(Member member, boolean locked) {
	}

	/** A change to a member; absent parts stay as they are. */
	public record MemberChange(@Nullable Set<Role> roles, @Nullable Boolean disabled, boolean unlock) {
	}

	public List<MemberView> list() {
		Caller caller = access.require(Permission.VIEW_MEMBERS);
		return members.list(caller.tenantId())
			.stream()
			.map(member -> new MemberView(member, throttle.accountLocked(member.id())))
			.toList();
	}

	public MemberView find(UUID id) {
		Caller caller = access.require(Permission.VIEW_MEMBERS);
		Member member = members.find(caller.tenantId(), id).orElseThrow(() -> KatibException.notFound("The member"));
		return new MemberView(member, throttle.accountLocked(member.id()));
	}

	/** Creates an active member with a password, for organisations that do not use e-mail. */
	@Transactional
	public Member create(String email, String name, Set<Role> roles, String password, boolean mustChangePassword) {
		Caller caller = access.require(Permission.MANAGE_MEMBERS);
		requireMayGive(roles);
		policy.check(password, name, email);
		requireFree(email);
		Member member = new Member(Ids.newId(clock), caller.tenantId(), Members.normalise(email), name,
				caller.language().getLanguage(), MemberStatus.ACTIVE, roles, mustChangePassword, null,
				Profile.of(name, null), 0);
		members.add(member, passwords.encode(password));
		events.publishEvent(new AccountEvent.MemberCreated(Actor.of(caller), caller.tenantId(), member.id(), roles,
				clock.instant()));
		return member;
	}

	/** Invites someone by e-mail; they choose their name and password from the link. */
	@Transactional
	public Member invite(String email, Set<Role> roles, Locale language) {
		Caller caller = access.require(Permission.MANAGE_MEMBERS);
		requireMayGive(roles);
		requireFree(email);
		String lang = "en".equals(language.getLanguage()) ? "en" : "ar";
		Member member = new Member(Ids.newId(clock), caller.tenantId(), Members.normalise(email), email.strip(), lang,
				MemberStatus.INVITED, roles, false, null, Profile.EMPTY, 0);
		members.add(member, null);
		String secret = links.issue(Purpose.INVITATION, caller.tenantId(), member.id(), INVITATION_VALID_FOR);
		String link = UriComponentsBuilder.fromUri(properties.baseUrl())
			.path("/invitations/accept")
			.queryParam("token", secret)
			.build()
			.toUriString();
		Organisation organisation = organisations.find(caller.tenantId()).orElseThrow();
		mailbox.send(templates.render("invitation", caller.tenantId(), member.email(), Locale.forLanguageTag(lang),
				Map.of("link", link, "inviter", caller.name(),
						"organisation", "en".equals(lang) ? organisation.nameEn() : organisation.nameAr())));
		events.publishEvent(new AccountEvent.InvitationSent(Actor.of(caller), member.id(), roles, clock.instant()));
		return member;
	}

	/**
	 * Sets a member's names and job titles, as an owner or admin does for those who sign (an owner's only
	 * by an owner).
	 */
	@Transactional
	public MemberView changeProfile(UUID id, Profile profile) {
		Caller caller = access.require(Permission.MANAGE_MEMBERS);
		Member member = members.find(caller.tenantId(), id).orElseThrow(() -> KatibException.notFound("The member"));
		if (member.roles().contains(Role.OWNER) && !member.id().equals(caller.userId())) {
			access.require(Permission.MANAGE_OWNERS);
		}
		if (!profile.named()) {
			throw KatibException.invalidField("arabicName", "Give the member's name in Arabic or in English.");
		}
		members.changeProfile(caller.tenantId(), id, profile, member.language());
		return new MemberView(members.find(caller.tenantId(), id).orElseThrow(), throttle.accountLocked(id));
	}

	@Transactional
	public MemberView change(UUID id, MemberChange change) {
		Caller caller = access.require(Permission.MANAGE_MEMBERS);
		Member member = members.find(caller.tenantId(), id).orElseThrow(() -> KatibException.notFound("The member"));
		if (member.roles().contains(Role.OWNER)) {
			access.require(Permission.MANAGE_OWNERS);
		}
		Set<Role> roles = change.roles() == null ? member.roles() : change.roles();
		boolean disable = Boolean.TRUE.equals(change.disabled());
		boolean enable = Boolean.FALSE.equals(change.disabled()) && member.status() == MemberStatus.DISABLED;
		if (change.roles() != null) {
			requireMayGive(symmetricDifference(member.roles(), roles));
		}
		if (disable && member.id().equals(caller.userId())) {
			throw new KatibException(ProblemType.CONFLICT, "You cannot disable yourself.");
		}
		boolean losesOwner = member.roles().contains(Role.OWNER) && member.active()
				&& (!roles.contains(Role.OWNER) || disable);
		if (losesOwner && members.activeOwnersLocked(caller.tenantId()) <= 1) {
			throw new KatibException(AccountProblems.LAST_OWNER,
					"The organisation needs at least one active owner: make someone else owner first.");
		}
		int version = member.version();
		Actor actor = Actor.of(caller);
		if (change.roles() != null && !roles.equals(member.roles())) {
			stale(members.changeRoles(caller.tenantId(), id, roles, version++));
			events.publishEvent(new AccountEvent.RolesChanged(actor, id, member.roles(), roles, clock.instant()));
		}
		if (disable && member.status() != MemberStatus.DISABLED) {
			stale(members.changeStatus(caller.tenantId(), id, MemberStatus.DISABLED, version++));
			events.publishEvent(new AccountEvent.MemberDisabled(actor, id, clock.instant()));
		}
		if (enable) {
			stale(members.changeStatus(caller.tenantId(), id, MemberStatus.ACTIVE, version++));
			events.publishEvent(new AccountEvent.MemberEnabled(actor, id, clock.instant()));
		}
		if (change.unlock()) {
			throttle.unlock(id);
			events.publishEvent(new AccountEvent.Unlocked(actor, id, clock.instant()));
		}
		return new MemberView(members.find(caller.tenantId(), id).orElseThrow(), throttle.accountLocked(id));
	}

	/** Whether an invitation link is still valid, and for whom. */
	public java.util.Optional<Member> invitation(String token) {
		return links.peek(Purpose.INVITATION, token)
			.flatMap(holder -> members.find(holder.tenantId(), holder.memberId()))
			.filter(member -> member.status() == MemberStatus.INVITED);
	}

	/** The invited person sets their name and password; the link is spent and they are active. */
	@Transactional
	public Member accept(String token, String name, String password, @Nullable String address) {
		Member invited = invitation(token).orElseThrow(MemberAdministration::invalidLink);
		policy.check(password, name, invited.email());
		links.spend(Purpose.INVITATION, token).orElseThrow(MemberAdministration::invalidLink);
		members.changeProfile(invited.tenantId(), invited.id(), Profile.of(name, null), invited.language());
		members.changePassword(invited.tenantId(), invited.id(), passwords.encode(password), false);
		stale(members.changeStatus(invited.tenantId(), invited.id(), MemberStatus.ACTIVE, invited.version()));
		events.publishEvent(new AccountEvent.InvitationAccepted(invited.tenantId(), invited.id(), address,
				clock.instant()));
		return members.find(invited.tenantId(), invited.id()).orElseThrow();
	}

	private void requireMayGive(Set<Role> roles) {
		if (roles.contains(Role.OWNER)) {
			access.require(Permission.MANAGE_OWNERS);
		}
	}

	private void requireFree(String email) {
		if (members.emailTaken(email)) {
			throw new KatibException(AccountProblems.EMAIL_TAKEN, "This e-mail address already has an account.",
					Map.of("field", "email"));
		}
	}

	private static Set<Role> symmetricDifference(Set<Role> before, Set<Role> after) {
		EnumSet<Role> changed = EnumSet.noneOf(Role.class);
		before.stream().filter(role -> !after.contains(role)).forEach(changed::add);
		after.stream().filter(role -> !before.contains(role)).forEach(changed::add);
		return changed;
	}

	private static void stale(boolean updated) {
		if (!updated) {
			throw new KatibException(AccountProblems.STALE, "Someone else changed this member meanwhile; try again.");
		}
	}

	static KatibException invalidLink() {
		return new KatibException(AccountProblems.LINK_INVALID,
				"This invitation is not valid: it was used already, has expired or never existed.");
	}
}
