package dev.katib.accounts.members;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.AccountEvent;
import dev.katib.accounts.AccountEvent.Actor;
import dev.katib.accounts.Profile;
import dev.katib.accounts.Role;
import dev.katib.accounts.passwords.PasswordPolicy;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;

/**
 * Creates an organisation together with its first owner: at first run, from the bootstrap settings,
 * or through self-service sign-up.
 */
@Service
public class Enrolment {

	private final Organisations organisations;
	private final Members members;
	private final PasswordPolicy policy;
	private final PasswordEncoder passwords;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Enrolment(Organisations organisations, Members members, PasswordPolicy policy, PasswordEncoder passwords,
			ApplicationEventPublisher events, Clock clock) {
		this.organisations = organisations;
		this.members = members;
		this.policy = policy;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What a new organisation and its owner start with.
	 *
	 * @param nameAr the organisation's Arabic name
	 * @param nameEn the organisation's English name
	 * @param language the language of the organisation and its owner, {@code ar} or {@code en}
	 */
	public record NewOrganisation(String nameAr, String nameEn, String language, Profile owner, String ownerEmail,
			String ownerPassword) {

		/** An organisation whose owner gave one name, put in the language of its script. */
		public NewOrganisation(String nameAr, String nameEn, String language, String ownerName, String ownerEmail,
				String ownerPassword) {
			this(nameAr, nameEn, language, Profile.of(ownerName, null), ownerEmail, ownerPassword);
		}

		/** The owner's name as Katib shows it to them: in their language, else their other name, else their e-mail. */
		public String ownerName() {
			return owner.name(!"en".equals(language), ownerEmail.strip());
		}
	}

	/**
	 * Creates the organisation and its active owner.
	 *
	 * @throws KatibException {@code validation-failed} for a weak password, {@code email-taken} when the
	 * e-mail belongs to somebody already
	 */
	@Transactional
	public Member enrol(NewOrganisation request, Actor actor) {
		policy.check(request.ownerPassword(), request.ownerName(), request.ownerEmail());
		if (members.emailTaken(request.ownerEmail())) {
			throw new KatibException(AccountProblems.EMAIL_TAKEN, "This e-mail address already has an account.",
					Map.of("field", "email"));
		}
		UUID tenantId = Ids.newId(clock);
		organisations.add(new Organisation(tenantId, request.nameAr(), request.nameEn(),
				Organisation.DEFAULT_TIME_ZONE, request.language(), Organisation.Digits.ARABIC));
		Member owner = new Member(Ids.newId(clock), tenantId, Members.normalise(request.ownerEmail()),
				request.ownerName(), request.language(), MemberStatus.ACTIVE, Set.of(Role.OWNER), false, null,
				request.owner(), 0);
		members.add(owner, passwords.encode(request.ownerPassword()));
		events.publishEvent(new AccountEvent.MemberCreated(actor, tenantId, owner.id(), owner.roles(), clock.instant()));
		return owner;
	}
}
