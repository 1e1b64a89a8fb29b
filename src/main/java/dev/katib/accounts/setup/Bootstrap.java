package dev.katib.accounts.setup;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import dev.katib.accounts.AccountEvent.Actor;
import dev.katib.accounts.configuration.AccountsProperties;
import dev.katib.accounts.Profile;
import dev.katib.accounts.members.Enrolment;

/**
 * Creates the first organisation and owner at start-up from {@code KATIB_BOOTSTRAP_ORGANISATION},
 * {@code KATIB_BOOTSTRAP_EMAIL} and {@code KATIB_BOOTSTRAP_PASSWORD}, for installations nobody sets
 * up in a browser. It does nothing once a user exists, and refuses to start with only some of them.
 */
@Component
class Bootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

	private final AccountsProperties.Bootstrap settings;
	private final FirstRun firstRun;
	private final FirstRunSetup setup;

	Bootstrap(AccountsProperties properties, FirstRun firstRun, FirstRunSetup setup) {
		this.settings = properties.bootstrap();
		this.firstRun = firstRun;
		this.setup = setup;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.requested()) {
			return;
		}
		if (!settings.complete()) {
			throw new IllegalStateException("Set all of KATIB_BOOTSTRAP_ORGANISATION, KATIB_BOOTSTRAP_EMAIL and "
					+ "KATIB_BOOTSTRAP_PASSWORD, or none of them.");
		}
		if (!firstRun.pending()) {
			log.info("Users exist already; the KATIB_BOOTSTRAP_* settings are ignored.");
			return;
		}
		String name = settings.organisation().strip();
		String email = settings.email().strip();
		var owner = setup.setUp(new Enrolment.NewOrganisation(name, name, "ar", owner(), email, settings.password()),
				Actor.system());
		log.info("Created the first organisation and its owner (member {}) from the KATIB_BOOTSTRAP_* settings.",
				owner.id());
	}

	private Profile owner() {
		Profile given = Profile.of(settings.name(), null);
		String english = settings.nameEn() != null && !settings.nameEn().isBlank() ? settings.nameEn()
				: given.englishName();
		return new Profile(given.arabicName(), english, null, null);
	}
}
