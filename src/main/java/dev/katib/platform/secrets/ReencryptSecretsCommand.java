package dev.katib.platform.secrets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar katib.jar reencrypt-secrets}: seals every stored secret under the current master key,
 * then stops. Run it after putting a new key first in {@code KATIB_ENCRYPTION_KEY}; the instances
 * serving traffic keep working throughout, as they still hold the old key.
 */
@Component
class ReencryptSecretsCommand implements ApplicationRunner {

	static final String COMMAND = "reencrypt-secrets";
	private static final Logger log = LoggerFactory.getLogger(ReencryptSecretsCommand.class);

	private final SecretResealer resealer;
	private final ConfigurableApplicationContext context;

	ReencryptSecretsCommand(SecretResealer resealer, ConfigurableApplicationContext context) {
		this.resealer = resealer;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!arguments.getNonOptionArgs().contains(COMMAND)) {
			return;
		}
		resealer.resealAll().forEach((what, count) -> log.info("Sealed {} {} again under the current key", count, what));
		System.exit(SpringApplication.exit(context, () -> 0));
	}
}
