package dev.katib.accounts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who is making the current request: a member of one organisation (signed in, or through a token
 * or API key), with the roles they hold now.
 *
 * @param tenantId the caller's organisation; every query the request makes is limited to it
 * @param userId the member, or the API key's creator for API-key calls
 * @param name a readable name for logs and the audit trail
 * @param roles the roles held at the time of this request
 * @param language the caller's preferred language
 * @param sourceAddress the client address the request came from
 */
public record Caller(UUID tenantId, UUID userId, String name, Set<Role> roles, Locale language,
		@Nullable String sourceAddress) {

	public Caller {
		roles = Set.copyOf(roles);
	}

	public boolean hasAnyRole(Role... wanted) {
		return Arrays.stream(wanted).anyMatch(roles::contains);
	}
}
