package dev.katib.connectors;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a field holds, and the Java type its values have in a {@link SourceRecord}.
 */
public sealed interface FieldType {

	/** A stable name for the API and pages, e.g. {@code number} or {@code singleSelect}. */
	String name();

	/** The Java type of its values. */
	Class<?> javaType();

	/** Whether Katib may write it; computed fields (formulas, lookups, …) are read-only. */
	default boolean writable() {
		return true;
	}

	/** Text of some kind: {@link String}. */
	record Text(Format format) implements FieldType {

		/** How the text is meant: a line, a long text, rich text (Markdown), an e-mail, a URL or a phone number. */
		public enum Format {
			LINE, LONG, RICH, EMAIL, URL, PHONE
		}

		public String name() {
			return switch (format) {
				case LINE -> "text";
				case LONG -> "longText";
				case RICH -> "richText";
				case EMAIL -> "email";
				case URL -> "url";
				case PHONE -> "phone";
			};
		}

		public Class<?> javaType() {
			return String.class;
		}
	}

	/** A number with this many decimals: {@link BigDecimal}. */
	record Decimal(int precision) implements FieldType {

		public String name() {
			return "number";
		}

		public Class<?> javaType() {
			return BigDecimal.class;
		}
	}

	/** An amount of money: {@link BigDecimal}. */
	record Currency(String symbol, int precision) implements FieldType {

		public String name() {
			return "currency";
		}

		public Class<?> javaType() {
			return BigDecimal.class;
		}
	}

	/** A share, stored as a fraction (0.5 is 50 %): {@link BigDecimal}. */
	record Percent(int precision) implements FieldType {

		public String name() {
			return "percent";
		}

		public Class<?> javaType() {
			return BigDecimal.class;
		}
	}

	/** Ticked or not: {@link Boolean}. */
	record Checkbox() implements FieldType {

		public String name() {
			return "checkbox";
		}

		public Class<?> javaType() {
			return Boolean.class;
		}
	}

	/** A calendar date: {@link LocalDate}. */
	record Date() implements FieldType {

		public String name() {
			return "date";
		}

		public Class<?> javaType() {
			return LocalDate.class;
		}
	}

	/** A moment: {@link Instant}. */
	record DateTime() implements FieldType {

		public String name() {
			return "dateTime";
		}

		public Class<?> javaType() {
			return Instant.class;
		}
	}

	/** One of a list of choices: {@link String}. */
	record SingleSelect(List<String> choices) implements FieldType {

		public String name() {
			return "singleSelect";
		}

		public Class<?> javaType() {
			return String.class;
		}
	}

	/** Any of a list of choices: a {@link List} of {@link String}. */
	record MultipleSelect(List<String> choices) implements FieldType {

		public String name() {
			return "multipleSelects";
		}

		public Class<?> javaType() {
			return List.class;
		}
	}

	/** Links to records of another table: a {@link List} of record ids. */
	record LinkedRecords(String linkedTableId) implements FieldType {

		public String name() {
			return "linkedRecords";
		}

		public Class<?> javaType() {
			return List.class;
		}
	}

	/** Files: a {@link List} of {@link Attachment}. Read-only in Katib. */
	record Attachments() implements FieldType {

		public String name() {
			return "attachments";
		}

		public Class<?> javaType() {
			return List.class;
		}

		public boolean writable() {
			return false;
		}
	}

	/**
	 * A value the source computes (formula, lookup, rollup, count, auto number, created or modified
	 * time or by): as the source gives it, read-only.
	 *
	 * @param kind the source's name for it, e.g. {@code formula} or {@code multipleLookupValues}
	 */
	record Computed(String kind) implements FieldType {

		public String name() {
			return kind;
		}

		public Class<?> javaType() {
			return Object.class;
		}

		public boolean writable() {
			return false;
		}
	}

	/** A kind of field Katib does not edit (collaborators, buttons, …): shown as the source gives it. */
	record Other(String kind) implements FieldType {

		public String name() {
			return kind;
		}

		public Class<?> javaType() {
			return Object.class;
		}

		public boolean writable() {
			return false;
		}
	}

	/**
	 * A file in an attachments field.
	 *
	 * @param url where it can be downloaded (Airtable's links expire after a few hours)
	 * @param filename its name
	 * @param type its media type, if known
	 * @param size its size in bytes, if known
	 */
	record Attachment(String url, String filename, String type, long size) {
	}
}
