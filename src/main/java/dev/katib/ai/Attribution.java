package dev.katib.ai;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Whom a model call is made for, so its cost can be put on the right account. The gateway carries
 * these values through to {@link ModelCallCompleted} without interpreting them.
 *
 * @param tenantId the organisation that pays for the call
 * @param userId the member who caused it, if a member did
 * @param subjectType the kind of object the call works on, e.g. {@code letter}
 * @param subjectId that object's id
 */
public record Attribution(UUID tenantId, @Nullable UUID userId, @Nullable String subjectType,
		@Nullable String subjectId) {

	public static Attribution of(UUID tenantId, @Nullable UUID userId) {
		return new Attribution(tenantId, userId, null, null);
	}

	public Attribution about(String type, String id) {
		return new Attribution(tenantId, userId, type, id);
	}
}
