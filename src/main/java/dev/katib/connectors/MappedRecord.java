package dev.katib.connectors;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A record as letters see it through a {@link FieldMapping}: each mapped value as text, gender as
 * {@code FEMALE} or {@code MALE} when the column says so plainly.
 *
 * @param recordId the record
 * @param fields letter fields with a value
 * @param mergeFields merge fields with a value
 */
public record MappedRecord(String recordId, Map<LetterField, String> fields, Map<String, String> mergeFields) {

	public MappedRecord {
		fields = Map.copyOf(fields);
		mergeFields = Map.copyOf(mergeFields);
	}

	/**
	 * A record's value as the text a letter prints: numbers without trailing zeros, files by name, lists joined
	 * with commas; {@code null} for an empty value.
	 */
	public static @Nullable String text(@Nullable Object value) {
		return switch (value) {
			case null -> null;
			case BigDecimal number -> number.stripTrailingZeros().toPlainString();
			case FieldType.Attachment file -> file.filename();
			case Collection<?> values -> values.stream().map(MappedRecord::text).filter(t -> t != null)
				.collect(Collectors.joining(", "));
			default -> value.toString();
		};
	}
}
