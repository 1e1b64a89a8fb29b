package dev.katib.platform;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered identifiers (UUID version 7): unique without coordination, and they sort by creation
 * time, which keeps database indexes compact.
 */
public final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	public static UUID newId() {
		return newId(Clock.systemUTC());
	}

	public static UUID newId(Clock clock) {
		long millis = clock.millis();
		long randomHigh = RANDOM.nextLong();
		long randomLow = RANDOM.nextLong();
		long most = (millis << 16) | 0x7000L | (randomHigh & 0x0FFFL);
		long least = (randomLow & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least);
	}
}
