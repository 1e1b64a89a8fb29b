package dev.katib.usage;

import org.jspecify.annotations.Nullable;

/**
 * Monthly limits an admin sets for an organisation or one of its members; {@code null} means no
 * limit.
 *
 * @param letters letters that may be drafted per month
 * @param tokens model tokens (input and output) that may be used per month
 */
public record QuotaLimits(@Nullable Long letters, @Nullable Long tokens) {

	public static final QuotaLimits NONE = new QuotaLimits(null, null);

	public QuotaLimits {
		if ((letters != null && letters < 0) || (tokens != null && tokens < 0)) {
			throw new IllegalArgumentException("Quota limits cannot be negative");
		}
	}
}
