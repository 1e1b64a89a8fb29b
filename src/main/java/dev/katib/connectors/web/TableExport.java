package dev.katib.connectors.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.katib.connectors.FieldType;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;
import dev.katib.connectors.spreadsheet.Column;
import dev.katib.connectors.spreadsheet.ColumnType;
import dev.katib.connectors.spreadsheet.Table;

/** A source's records as a spreadsheet table: one column per field, each typed as its field. */
final class TableExport {

	private TableExport() {
	}

	static Table of(SourceTable table, List<SourceRecord> records, ZoneId zone) {
		List<TableField> fields = table.fields();
		List<Column> columns = fields.stream().map(field -> new Column(field.name(), type(field.type()))).toList();
		List<List<@Nullable Object>> rows = new ArrayList<>(records.size());
		for (SourceRecord record : records) {
			List<@Nullable Object> row = new ArrayList<>(fields.size());
			for (int i = 0; i < fields.size(); i++) {
				row.add(value(record.fields().get(fields.get(i).name()), columns.get(i).type(), zone));
			}
			rows.add(row);
		}
		return new Table(columns, rows);
	}

	static ColumnType type(FieldType type) {
		return switch (type) {
			case FieldType.Decimal ignored -> ColumnType.DECIMAL;
			case FieldType.Currency ignored -> ColumnType.DECIMAL;
			case FieldType.Percent ignored -> ColumnType.PERCENT;
			case FieldType.Checkbox ignored -> ColumnType.BOOLEAN;
			case FieldType.Date ignored -> ColumnType.DATE;
			case FieldType.DateTime ignored -> ColumnType.DATE_TIME;
			case FieldType.Text text when text.format() == FieldType.Text.Format.EMAIL -> ColumnType.EMAIL;
			case FieldType.Text text when text.format() == FieldType.Text.Format.URL -> ColumnType.URL;
			case FieldType.Text text when text.format() == FieldType.Text.Format.PHONE -> ColumnType.PHONE;
			default -> ColumnType.TEXT;
		};
	}

	/** The value in the class the column's type holds; anything else is written as text. */
	static @Nullable Object value(@Nullable Object value, ColumnType type, ZoneId zone) {
		return switch (value) {
			case null -> null;
			case BigDecimal number when type == ColumnType.DECIMAL || type == ColumnType.PERCENT -> number;
			case Number number when type == ColumnType.DECIMAL || type == ColumnType.PERCENT ->
				new BigDecimal(number.toString());
			case Boolean flag when type == ColumnType.BOOLEAN -> flag;
			case LocalDate day when type == ColumnType.DATE -> day;
			// a spreadsheet's date-times have no zone: they are written as the organisation's clocks show them
			case Instant moment when type == ColumnType.DATE_TIME -> moment.atZone(zone).toLocalDateTime();
			case FieldType.Attachment file -> file.url();
			case Collection<?> values ->
				values.stream().map(each -> String.valueOf(value(each, ColumnType.TEXT, zone))).collect(Collectors.joining(", "));
			default -> value.toString();
		};
	}
}
