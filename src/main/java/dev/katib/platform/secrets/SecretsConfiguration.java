package dev.katib.platform.secrets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import dev.katib.platform.SecretBox;

/**
 * The secret box over the master keys: from {@code KATIB_ENCRYPTION_KEY} when set, otherwise from the
 * key file, which is generated on the first start. Start-up fails when the keys cannot be used.
 */
@Configuration(proxyBeanMethods = false)
class SecretsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecretsConfiguration.class);

	@Bean
	SecretBox secretBox(SecretsProperties properties, Environment environment) {
		if (properties.keyGiven()) {
			return new TinkSecretBox(MasterKeys.of(MasterKeys.split(properties.key()), "KATIB_ENCRYPTION_KEY"));
		}
		boolean generated = !MasterKeyFile.exists(properties.keyFile());
		var keys = MasterKeys.of(MasterKeyFile.readOrCreate(properties.keyFile()),
				"the key file " + properties.keyFile() + " (KATIB_ENCRYPTION_KEY_FILE)");
		if (generated) {
			log.info("Generated the master encryption key in {}; back it up with the data folder",
					properties.keyFile());
			if (!environment.getProperty("katib.database.url", "").isBlank()) {
				log.warn("Katib uses an external database but generated its own encryption key: every instance "
						+ "must share one key, so set KATIB_ENCRYPTION_KEY (or KATIB_ENCRYPTION_KEY_FILE) on all of them");
			}
		}
		return new TinkSecretBox(keys);
	}
}
