package dev.katib.accounts.members;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Colleagues;
import dev.katib.accounts.Role;

/** The organisation's members, as other modules see them. */
@Component
class MemberColleagues implements Colleagues {

	private final Members members;
	private final Organisations organisations;
	private final PasswordEncoder passwords;

	MemberColleagues(Members members, Organisations organisations, PasswordEncoder passwords) {
		this.members = members;
		this.organisations = organisations;
		this.passwords = passwords;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Colleague> withAnyRole(UUID tenantId, Set<Role> roles) {
		return members.list(tenantId)
			.stream()
			.filter(Member::active)
			.filter(member -> member.roles().stream().anyMatch(roles::contains))
			.map(MemberColleagues::colleague)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Colleague> find(UUID tenantId, UUID memberId) {
		return members.find(tenantId, memberId).map(MemberColleagues::colleague);
	}

	@Override
	@Transactional(readOnly = true)
	public ZoneId timeZone(UUID tenantId) {
		return organisations.find(tenantId).map(Organisation::timeZone).orElse(Organisation.DEFAULT_TIME_ZONE);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OrganisationNames> names(UUID tenantId) {
		return organisations.find(tenantId)
			.map(organisation -> new OrganisationNames(organisation.nameAr(), organisation.nameEn()));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean passwordMatches(UUID tenantId, UUID memberId, String password) {
		return members.passwordHash(tenantId, memberId).map(hash -> passwords.matches(password, hash)).orElse(false);
	}

	private static Colleague colleague(Member member) {
		return new Colleague(member.id(), member.name(), member.email(), member.language(), member.roles(),
				member.active());
	}
}
