package dev.katib.assistant.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.katib.connectors.FieldType;

/** A record's value as plain text, as analyses compare values and CSV files hold them. */
final class CellText {

	private CellText() {
	}

	/** The value as text; empty for an empty cell. */
	static String of(@Nullable Object value) {
		return switch (value) {
			case null -> "";
			case BigDecimal number -> number.stripTrailingZeros().toPlainString();
			case FieldType.Attachment file -> file.filename();
			case Collection<?> values -> values.stream().map(CellText::of).collect(Collectors.joining(", "));
			default -> value.toString();
		};
	}

	/** Whether the cell holds something: not absent, blank text or an empty list. */
	static boolean filled(@Nullable Object value) {
		return value != null && !(value instanceof String text && text.isBlank())
				&& !(value instanceof Collection<?> values && values.isEmpty());
	}
}
