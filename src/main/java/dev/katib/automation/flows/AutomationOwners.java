package dev.katib.automation.flows;

import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Colleagues;
import dev.katib.accounts.Colleagues.Colleague;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * The member an automation acts as, with the roles they hold when it runs: one who lost a right, or left the
 * organisation, stops the automation's steps rather than acting in their name.
 */
@Component
class AutomationOwners {

	private final Colleagues colleagues;

	AutomationOwners(Colleagues colleagues) {
		this.colleagues = colleagues;
	}

	Caller of(UUID tenantId, UUID ownerId) {
		Colleague owner = colleagues.find(tenantId, ownerId)
			.filter(Colleague::active)
			.orElseThrow(() -> new KatibException(ProblemType.FORBIDDEN,
					"The member who saved this automation is no longer active in the organisation."));
		return new Caller(tenantId, owner.id(), owner.name(), owner.roles(), Locale.forLanguageTag(owner.language()),
				null);
	}
}
