package dev.katib.accounts.passwords;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with Argon2id at OWASP's recommended cost (19 MiB, 2 passes, 1 lane). Hashes
 * carry their algorithm id, so a later, stronger setting can take over without invalidating them.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	static final String ALGORITHM = "argon2";

	@Bean
	PasswordEncoder passwordEncoder() {
		Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
		return new DelegatingPasswordEncoder(ALGORITHM, Map.of(ALGORITHM, argon2));
	}
}
