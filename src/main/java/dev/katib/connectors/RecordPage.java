package dev.katib.connectors;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Records of one page of a listing.
 *
 * @param records the records
 * @param offset where the next page starts; {@code null} on the last page
 */
public record RecordPage(List<SourceRecord> records, @Nullable String offset) {

	public RecordPage {
		records = List.copyOf(records);
	}
}
