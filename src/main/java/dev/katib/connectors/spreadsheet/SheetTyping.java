package dev.katib.connectors.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/** Turns a sheet's text cells into named, typed columns and typed rows, with a problem for every failed cell. */
final class SheetTyping {

	record Typed(@Nullable Integer headerRow, List<Column> columns, List<TypedRow> rows, List<RowProblem> problems) {
	}

	private static final int PROBLEM_VALUE_LENGTH = 100;

	private SheetTyping() {
	}

	static Typed type(RawSheet sheet, ReadOptions options, SpreadsheetLimits limits) {
		List<RawSheet.Row> rows = sheet.rows();
		int header = options.headerRow() != null ? HeaderRows.chosen(rows, options.headerRow())
				: HeaderRows.detect(rows);
		List<RawSheet.Row> data = rows.subList(header + 1, rows.size());
		if (data.size() > limits.maxRows()) {
			throw SpreadsheetProblems.tooManyRows(limits);
		}
		int width = Stream.concat(header < 0 ? Stream.empty() : Stream.of(rows.get(header)), data.stream())
			.mapToInt(row -> row.cells().size())
			.max()
			.orElse(0);
		boolean arabic = Scripts.mostlyArabic(
				rows.stream().limit(header + 51L).flatMap(row -> row.cells().stream()).toList());
		List<String> names = HeaderRows.names(header < 0 ? null : rows.get(header).cells(), width, arabic);

		List<Column> columns = new ArrayList<>(width);
		List<Conventions> conventions = new ArrayList<>(width);
		for (int column = 0; column < width; column++) {
			int index = column;
			List<String> values = data.stream().map(row -> row.cell(index)).toList();
			Conventions convention = Conventions.of(values);
			ColumnType chosen = options.columnTypes().get(names.get(column));
			columns.add(new Column(names.get(column), chosen != null ? chosen : TypeInference.infer(values, convention)));
			conventions.add(convention);
		}

		int firstDataRow = header < 0 ? 0 : rows.get(header).number() + 1;
		List<RowProblem> problems = new ArrayList<>();
		for (RawSheet.Flag flag : sheet.flags()) {
			if (flag.row() >= firstDataRow && flag.column() < width) {
				problems.add(new RowProblem(flag.row(), names.get(flag.column()), shorten(flag.value()), flag.kind(), null));
			}
		}
		List<TypedRow> typed = new ArrayList<>(data.size());
		for (RawSheet.Row row : data) {
			List<@Nullable Object> values = new ArrayList<>(width);
			for (int column = 0; column < width; column++) {
				String cell = row.cell(column);
				ColumnType type = columns.get(column).type();
				Object value = CellValues.parse(cell, type, conventions.get(column));
				if (value == null && !cell.isBlank()) {
					problems.add(new RowProblem(row.number(), names.get(column), shorten(cell.strip()),
							RowProblem.Kind.NOT_OF_TYPE, type));
				}
				values.add(value);
			}
			typed.add(new TypedRow(row.number(), values));
		}
		problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
		return new Typed(header < 0 ? null : rows.get(header).number(), columns, typed, problems);
	}

	private static String shorten(String value) {
		return value.length() > PROBLEM_VALUE_LENGTH ? value.substring(0, PROBLEM_VALUE_LENGTH) + "…" : value;
	}
}
