package dev.katib.connectors;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One typed cell of rows to import, as a spreadsheet reader gives it.
 */
public sealed interface CellValue {

	/** The value as the field types of {@link FieldType} hold it, or {@code null} when empty. */
	@org.jspecify.annotations.Nullable
	Object value();

	record Text(String value) implements CellValue {
	}

	record Number(BigDecimal value) implements CellValue {
	}

	record Bool(Boolean value) implements CellValue {
	}

	record Day(LocalDate value) implements CellValue {
	}

	record Moment(Instant value) implements CellValue {
	}

	record Empty() implements CellValue {

		public @org.jspecify.annotations.Nullable Object value() {
			return null;
		}
	}
}
