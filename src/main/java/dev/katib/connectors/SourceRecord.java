package dev.katib.connectors;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One record (row) of a table, with its values typed as its fields say ({@link FieldType#javaType()}).
 * Empty fields are absent, as in Airtable.
 *
 * @param id its id in the source
 * @param createdTime when it was created, if the source says
 * @param fields values by field name (or field id when asked for)
 */
public record SourceRecord(String id, @Nullable Instant createdTime, Map<String, Object> fields) {

	public SourceRecord {
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}
}
