package dev.katib.accounts.members;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Profile;
import dev.katib.accounts.Role;
import dev.katib.platform.KatibException;

/** Who the caller is, in which organisation, with which roles. */
@RestController
class MeApi {

	private final Callers callers;
	private final Members members;
	private final Organisations organisations;

	MeApi(Callers callers, Members members, Organisations organisations) {
		this.callers = callers;
		this.members = members;
		this.organisations = organisations;
	}

	record Me(UUID id, String email, String name, String language, List<Role> roles, OrganisationView organisation,
			Profile profile) {
	}

	record OrganisationView(UUID id, String nameAr, String nameEn, String timeZone, String defaultLanguage,
			Organisation.Digits digits) {
	}

	@Operation(summary = "Show the caller: member, organisation and roles")
	@GetMapping("/api/v1/me")
	Me me() {
		var caller = callers.current();
		Member member = members.find(caller.tenantId(), caller.userId())
			.orElseThrow(() -> KatibException.notFound("The member"));
		Organisation organisation = organisations.find(caller.tenantId())
			.orElseThrow(() -> KatibException.notFound("The organisation"));
		return new Me(member.id(), member.email(), member.name(), member.language(),
				caller.roles().stream().sorted().toList(),
				new OrganisationView(organisation.id(), organisation.nameAr(), organisation.nameEn(),
						organisation.timeZone().getId(), organisation.defaultLanguage(), organisation.digits()),
				member.profile());
	}

	/** The caller's own names and job titles; absent or blank ones are cleared, and one name is needed. */
	@PutMapping("/api/v1/me/profile")
	Me changeProfile(@RequestBody MemberApi.ProfileRequest request) {
		var caller = callers.current();
		Profile profile = request.profile();
		if (!profile.named()) {
			throw KatibException.invalidField("arabicName", "Give your name in Arabic or in English.");
		}
		Member member = members.find(caller.tenantId(), caller.userId())
			.orElseThrow(() -> KatibException.notFound("The member"));
		members.changeProfile(caller.tenantId(), caller.userId(), profile, member.language());
		return me();
	}
}
