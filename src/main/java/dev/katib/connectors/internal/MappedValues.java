package dev.katib.connectors.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.katib.connectors.FieldMapping;
import dev.katib.connectors.LetterField;
import dev.katib.connectors.MappedRecord;
import dev.katib.connectors.SourceRecord;

/** A record seen through a mapping: every value as the text a letter would print. */
final class MappedValues {

	private static final Set<String> FEMALE = Set.of("female", "f", "woman", "أنثى", "انثى", "امرأة", "سيدة", "مؤنث");
	private static final Set<String> MALE = Set.of("male", "m", "man", "ذكر", "رجل", "مذكر");

	private MappedValues() {
	}

	static MappedRecord map(FieldMapping mapping, SourceRecord record) {
		Map<LetterField, String> fields = new EnumMap<>(LetterField.class);
		mapping.fields().forEach((letterField, column) -> {
			String text = text(record.fields().get(column));
			if (letterField == LetterField.GENDER) {
				text = gender(text);
			}
			if (text != null && !text.isBlank()) {
				fields.put(letterField, text.strip());
			}
		});
		Map<String, String> merge = new LinkedHashMap<>();
		mapping.mergeFields().forEach((name, column) -> {
			String text = text(record.fields().get(column));
			if (text != null && !text.isBlank()) {
				merge.put(name, text.strip());
			}
		});
		return new MappedRecord(record.id(), fields, merge);
	}

	static @Nullable String text(@Nullable Object value) {
		return MappedRecord.text(value);
	}

	private static @Nullable String gender(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String plain = text.strip().toLowerCase(Locale.ROOT);
		return FEMALE.contains(plain) ? "FEMALE" : MALE.contains(plain) ? "MALE" : null;
	}
}
