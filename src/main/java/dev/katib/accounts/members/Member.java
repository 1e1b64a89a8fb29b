package dev.katib.accounts.members;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.accounts.Profile;
import dev.katib.accounts.Role;

/**
 * A person in an organisation, as stored now. The member's id is the user's id.
 *
 * @param mustChangePassword the member must set a new password before doing anything else
 */
public record Member(UUID id, UUID tenantId, String email, String name, String language, MemberStatus status,
		Set<Role> roles, boolean mustChangePassword, @Nullable String phone, Profile profile, int version) {

	public Member {
		roles = Set.copyOf(roles);
	}

	public boolean active() {
		return status == MemberStatus.ACTIVE;
	}
}
