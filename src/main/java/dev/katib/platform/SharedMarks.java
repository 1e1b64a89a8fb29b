package dev.katib.platform;

import java.time.Duration;

/**
 * Short-lived facts every instance of Katib must see at once, such as a sign-in that was revoked: kept
 * in Redis when {@code KATIB_REDIS_URL} is set. Without Redis, {@link #shared()} is false and a module
 * keeps such facts in its own tables instead.
 */
public interface SharedMarks {

	/** Whether marks are kept in Redis. */
	boolean shared();

	/**
	 * Sets a mark that disappears after {@code ttl}.
	 *
	 * @throws IllegalStateException when marks are not shared, or Redis cannot be reached
	 */
	void mark(String key, Duration ttl);

	/**
	 * Whether the mark is set.
	 *
	 * @throws IllegalStateException when marks are not shared, or Redis cannot be reached
	 */
	boolean marked(String key);
}
