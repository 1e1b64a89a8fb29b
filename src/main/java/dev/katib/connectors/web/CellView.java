package dev.katib.connectors.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.katib.connectors.FieldType;

/**
 * One cell of the records grid, shown as its field's type says: text, a number, a tick box, a date in
 * the organisation's time zone, a list of choices or linked records, or attachments as links.
 *
 * @param kind {@code text}, {@code number}, {@code checkbox}, {@code list} or {@code files}
 * @param text what to print
 * @param checked for a tick box
 * @param items choices, linked records
 * @param files attachments
 */
record CellView(String kind, String text, boolean checked, List<String> items, List<FieldType.Attachment> files) {

	static CellView of(FieldType type, @Nullable Object value, ZoneId zone, Locale locale) {
		if (type instanceof FieldType.Checkbox) {
			return new CellView("checkbox", "", Boolean.TRUE.equals(value), List.of(), List.of());
		}
		return switch (value) {
			case null -> text("");
			case BigDecimal number -> new CellView("number", number(type, number), false, List.of(), List.of());
			case Instant moment -> new CellView("number", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.withLocale(locale).withZone(zone).format(moment), false, List.of(), List.of());
			case LocalDate day -> new CellView("number", day.toString(), false, List.of(), List.of());
			case Collection<?> values when type instanceof FieldType.Attachments -> new CellView("files", "", false, List.of(),
					values.stream().filter(FieldType.Attachment.class::isInstance).map(FieldType.Attachment.class::cast)
						.filter(file -> file.url().startsWith("https://") || file.url().startsWith("http://")).toList());
			case Collection<?> values -> new CellView("list", "", false, values.stream().map(String::valueOf).toList(), List.of());
			default -> text(String.valueOf(value));
		};
	}

	private static final java.util.Set<String> LABELLED = java.util.Set.of("text", "longText", "richText", "email", "url",
			"phone", "number", "currency", "percent", "checkbox", "date", "dateTime", "singleSelect", "multipleSelects",
			"linkedRecords", "attachments", "formula", "rollup", "count", "lookup", "multipleLookupValues", "autoNumber",
			"createdTime", "lastModifiedTime", "createdBy", "lastModifiedBy");

	/** The message key that names a field type on pages. */
	static String labelKey(FieldType type) {
		return "sources.type." + (LABELLED.contains(type.name()) ? type.name() : "other");
	}

	/** A value as a form shows it for editing. */
	static String editable(@Nullable Object value, ZoneId zone) {
		return switch (value) {
			case null -> "";
			case BigDecimal number -> number.toPlainString();
			case Instant moment -> DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(zone).format(moment);
			case Collection<?> values -> values.stream().map(String::valueOf).collect(Collectors.joining(", "));
			default -> String.valueOf(value);
		};
	}

	private static String number(FieldType type, BigDecimal number) {
		return switch (type) {
			case FieldType.Currency currency -> currency.symbol() + " " + number.toPlainString();
			case FieldType.Percent percent -> number.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
			default -> number.toPlainString();
		};
	}

	private static CellView text(String text) {
		return new CellView("text", text, false, List.of(), List.of());
	}
}
