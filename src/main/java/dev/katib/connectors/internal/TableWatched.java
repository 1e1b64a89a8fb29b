package dev.katib.connectors.internal;

import java.util.UUID;

import dev.katib.connectors.TableRef;

/** A table is now watched for changes made outside Katib (its mapping was saved). */
public record TableWatched(UUID tenantId, TableRef table) {
}
