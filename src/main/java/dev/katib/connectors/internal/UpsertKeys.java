package dev.katib.connectors.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * The rule of an upsert into a built-in table: a row's key values match one record, which is updated, or none, and
 * a record is added. Where they match several, no one of them is the record meant, so the import is refused.
 */
final class UpsertKeys {

	static final ProblemType AMBIGUOUS = new ProblemType("upsert-key-ambiguous", HttpStatus.CONFLICT,
			"The upsert key matches several records");

	private UpsertKeys() {
	}

	/** The values of the merge fields in a row as stored, which the upsert compares as text. */
	static List<String> valuesOf(Map<String, Object> stored, List<String> mergeOn) {
		return mergeOn.stream().map(field -> String.valueOf(stored.get(field))).toList();
	}

	/** The refusal of a row (its number in the import, where known) whose key values match several records. */
	static KatibException ambiguous(List<String> mergeOn, List<String> values, long matches, @Nullable Integer row) {
		Map<String, Object> key = new LinkedHashMap<>();
		for (int i = 0; i < mergeOn.size(); i++) {
			key.put(mergeOn.get(i), values.get(i));
		}
		Map<String, Object> properties = new LinkedHashMap<>(Map.of("upsertKey", List.copyOf(mergeOn), "values", key,
				"matches", matches));
		if (row != null) {
			properties.put("row", row);
		}
		return new KatibException(AMBIGUOUS, (row == null ? "A row" : "Row " + row) + " matches " + matches
				+ " records on the upsert key " + key + "; make the key's values unique in the table, or choose another key.",
				properties);
	}
}
