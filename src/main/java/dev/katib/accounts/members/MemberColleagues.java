package dev.katib.accounts.members;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Colleagues;
import dev.katib.accounts.Role;

/** The organisation's members, as other modules see them. */
@Component
class MemberColleagues implements Colleagues {

	private final Members members;
	private final Organisations organisations;

	MemberColleagues(Members members, Organisations organisations) {
		this.members = members;
		this.organisations = organisations;
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


	private static Colleague colleague(Member member) {
		return new Colleague(member.id(), member.name(), member.email(), member.language(), member.roles(),
				member.active(), member.profile());
	}
}
