package dev.katib.platform.ratelimit;

/**
 * Token buckets per key (Bucket4j): in this process, or in Redis when {@code KATIB_REDIS_URL} is set
 * so that every instance shares them.
 */
public interface RateLimiter {

	/**
	 * Takes one token from the key's bucket, creating the bucket full when the key is new.
	 *
	 * @param key who is counted, e.g. {@code address:203.0.113.7}; one bucket per distinct key
	 */
	Decision tryConsume(String key, Quota quota);

	/**
	 * Takes tokens from the key's bucket whether or not it holds them, so callers queue instead of
	 * being refused: the bucket may go into debt, and later callers wait until it is repaid.
	 *
	 * @return how long the caller must wait before going ahead (zero when the tokens were there)
	 */
	java.time.Duration reserve(String key, Quota quota, long tokens);
}
