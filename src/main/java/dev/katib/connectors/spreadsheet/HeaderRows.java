package dev.katib.connectors.spreadsheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The header of a sheet and the names of its columns. Title lines on top (one filled cell above
 * wider rows) are passed over; the first row after them is the header when each of its filled cells
 * is plain text (no number, date, e-mail, …), since values, not names, are typed.
 */
final class HeaderRows {

	private static final int MAX_TITLE_LINES = 5;

	private HeaderRows() {
	}

	/** The index in {@code rows} of the header row, or -1 when the sheet has none. */
	static int detect(List<RawSheet.Row> rows) {
		long widest = rows.stream().limit(MAX_TITLE_LINES * 2L).mapToLong(HeaderRows::filled).max().orElse(0);
		int candidate = 0;
		while (widest > 1 && candidate < Math.min(MAX_TITLE_LINES, rows.size() - 1) && filled(rows.get(candidate)) == 1) {
			candidate++;
		}
		if (candidate >= rows.size()) {
			return -1;
		}
		List<String> cells = rows.get(candidate).cells();
		boolean names = cells.stream().anyMatch(cell -> !cell.isBlank())
				&& cells.stream().filter(cell -> !cell.isBlank()).allMatch(TypeInference::isPlainText);
		return names ? candidate : -1;
	}

	/** The index of the row with this row number, or -1 for 0 ("no header"). */
	static int chosen(List<RawSheet.Row> rows, int rowNumber) {
		if (rowNumber == 0) {
			return -1;
		}
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).number() == rowNumber) {
				return i;
			}
		}
		throw SpreadsheetProblems.unreadable("Row " + rowNumber + " is blank or not in the file; it cannot be the header.");
	}

	/** Unique names for {@code width} columns: blank ones numbered, repeated ones suffixed « (2)». */
	static List<String> names(@Nullable List<String> header, int width, boolean arabic) {
		List<String> names = new ArrayList<>(width);
		Set<String> taken = new HashSet<>();
		for (int column = 0; column < width; column++) {
			String given = header != null && column < header.size() ? header.get(column).strip().replaceAll("\\s+", " ")
					: "";
			String base = given.isEmpty() ? (arabic ? "عمود " : "Column ") + (column + 1) : given;
			String name = base;
			for (int copy = 2; taken.contains(name); copy++) {
				name = base + " (" + copy + ")";
			}
			taken.add(name);
			names.add(name);
		}
		return names;
	}

	private static long filled(RawSheet.Row row) {
		return row.cells().stream().filter(cell -> !cell.isBlank()).count();
	}
}
