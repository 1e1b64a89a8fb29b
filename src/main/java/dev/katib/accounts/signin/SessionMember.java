package dev.katib.accounts.signin;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * What a browser session remembers about who signed in: only ids. Roles and status are read again
 * on every request.
 *
 * @param sessionId the row in {@code accounts_browser_session}, which outlives servlet session id changes
 */
record SessionMember(UUID tenantId, UUID userId, UUID sessionId, Instant signedInAt) implements Serializable {
}
