package dev.katib.connectors;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A data source of one organisation, as anyone may see it: its credential appears only as its last
 * four characters.
 *
 * @param id the source
 * @param tenantId the organisation it belongs to
 * @param kind where its records live
 * @param name what the organisation calls it
 * @param credentialHint the credential's last four characters, or who it is ({@code instance} for the
 * instance's Google credentials); {@code null} for built-in tables, which need none
 * @param createdAt when it was connected
 * @param shareWith the Google service account spreadsheets must be shared with; {@code null} for other kinds
 */
public record DataSource(UUID id, UUID tenantId, SourceKind kind, String name, @Nullable String credentialHint,
		Instant createdAt, @Nullable String shareWith) {
}
