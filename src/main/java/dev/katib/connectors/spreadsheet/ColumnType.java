package dev.katib.connectors.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the values of a spreadsheet column are, and the Java type each value of such a column has
 * in a {@link TypedRow} or a {@link Table}.
 */
public enum ColumnType {

	/** Any text, as written. */
	TEXT(String.class),
	/** Whole numbers without leading zeros ({@code 0501…} is a phone number, not a number). */
	INTEGER(Long.class),
	/** Numbers with a fraction, as written (their scale is kept: {@code 12.50}). */
	DECIMAL(BigDecimal.class),
	/** Percentages, held as the fraction: {@code 12.5%} is {@code 0.125}. */
	PERCENT(BigDecimal.class),
	/** Amounts of money with their currency. */
	CURRENCY(Money.class),
	/** Yes or no: {@code true/false}, {@code yes/no}, {@code نعم/لا}. */
	BOOLEAN(Boolean.class),
	/** Gregorian calendar days. */
	DATE(LocalDate.class),
	/** Days with a time of day, in no particular zone. */
	DATE_TIME(LocalDateTime.class),
	/** E-mail addresses. */
	EMAIL(String.class),
	/** Telephone numbers, with Western digits and the separators they were written with. */
	PHONE(String.class),
	/** Web addresses ({@code http} or {@code https}). */
	URL(String.class);

	private final Class<?> javaType;

	ColumnType(Class<?> javaType) {
		this.javaType = javaType;
	}

	/** The class of every non-blank value of a column of this type. */
	public Class<?> javaType() {
		return javaType;
	}
}
