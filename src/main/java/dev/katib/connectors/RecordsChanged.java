package dev.katib.connectors;

import java.util.Set;
import java.util.UUID;

/**
 * Records of a table changed: seen by a webhook notification or by polling, or written by Katib
 * itself. Workflows listen to it.
 *
 * @param tenantId the organisation
 * @param table the table
 * @param recordIds the records created or changed
 * @param removedIds the records deleted
 * @param origin how Katib learnt of it
 */
public record RecordsChanged(UUID tenantId, TableRef table, Set<String> recordIds, Set<String> removedIds,
		Origin origin) {

	public RecordsChanged {
		recordIds = Set.copyOf(recordIds);
		removedIds = Set.copyOf(removedIds);
	}

	/** How a change was learnt. */
	public enum Origin {
		/** Katib wrote the records (an edit, an import). */
		KATIB,
		/** A webhook notification of the source. */
		WEBHOOK,
		/** Polling for records modified since the last look. */
		POLLING
	}
}
