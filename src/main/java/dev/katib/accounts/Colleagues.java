package dev.katib.accounts;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The members of an organisation as other modules need to know them: to notify them, to name them on a
 * document, and to date things in the organisation's time zone.
 * Every method is limited to the organisation it is given.
 */
public interface Colleagues {

	/** The time zone of an organisation that has not chosen one. */
	ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Riyadh");

	/** The active members who hold at least one of these roles. */
	List<Colleague> withAnyRole(UUID tenantId, Set<Role> roles);

	/** One member, active or not. */
	Optional<Colleague> find(UUID tenantId, UUID memberId);

	/** The organisation's time zone, where the days of its letters are decided. */
	ZoneId timeZone(UUID tenantId);

	/** The organisation's names, in Arabic and English, as it registered them; empty for an unknown one. */
	Optional<OrganisationNames> names(UUID tenantId);


	/**
	 * An organisation's names.
	 *
	 * @param arabic its name in Arabic
	 * @param english its name in English
	 */
	record OrganisationNames(String arabic, String english) {
	}

	/**
	 * A member of an organisation.
	 *
	 * @param language {@code ar} or {@code en}, the language they read Katib in
	 * @param profile their names and job titles in Arabic and English, for what they sign
	 */
	record Colleague(UUID id, String name, String email, String language, Set<Role> roles, boolean active,
			Profile profile) {

		public Colleague {
			roles = Set.copyOf(roles);
		}
	}
}
