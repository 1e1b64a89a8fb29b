package dev.katib.connectors.spreadsheet;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the rows POI streams from a sheet, within the limits, and notices what POI does not
 * report: cells holding an error value, and formulas saved without a result.
 */
final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

	private final SpreadsheetLimits limits;
	private final List<RawSheet.Row> rows = new ArrayList<>();
	private final List<RawSheet.Flag> flags = new ArrayList<>();
	private List<String> current = new ArrayList<>();
	private int currentRow;

	SheetRows(SpreadsheetLimits limits) {
		this.limits = limits;
	}

	RawSheet sheet() {
		return new RawSheet(rows, flags);
	}

	@Override
	public void startRow(int rowIndex) {
		current = new ArrayList<>();
		currentRow = rowIndex + 1;
	}

	@Override
	public void endRow(int rowIndex) {
		while (!current.isEmpty() && current.getLast().isBlank()) {
			current.removeLast();
		}
		if (!current.isEmpty()) {
			if (rows.size() > limits.maxRows() + 1) {
				throw SpreadsheetProblems.tooManyRows(limits);
			}
			rows.add(new RawSheet.Row(currentRow, current));
		}
	}

	@Override
	public void cell(String reference, String value, XSSFComment comment) {
		int column = column(reference);
		if (value.length() > limits.maxCellLength()) {
			throw SpreadsheetProblems.cellTooLong(limits, currentRow, column + 1);
		}
		put(column, value);
	}

	private void put(int column, String value) {
		if (column >= limits.maxColumns()) {
			if (value.isBlank()) {
				return;
			}
			throw SpreadsheetProblems.tooManyColumns(limits, currentRow);
		}
		while (current.size() <= column) {
			current.add("");
		}
		current.set(column, value);
	}

	private int column(String reference) {
		return reference == null ? current.size() : new CellReference(reference).getCol();
	}

	/** The SAX handler to parse the sheet with: POI's, watched. */
	DefaultHandler watching(XSSFSheetXMLHandler cells) {
		return new DefaultHandler() {

			private String reference;
			private boolean error;
			private boolean formula;
			private boolean value;

			@Override
			public void startElement(String uri, String localName, String name, Attributes attributes)
					throws SAXException {
				switch (localName) {
					case "c" -> {
						reference = attributes.getValue("r");
						error = "e".equals(attributes.getValue("t"));
						formula = false;
						value = false;
					}
					case "f" -> formula = true;
					case "v", "is" -> value = true;
					default -> {
					}
				}
				cells.startElement(uri, localName, name, attributes);
			}

			@Override
			public void endElement(String uri, String localName, String name) throws SAXException {
				cells.endElement(uri, localName, name);
				if ("c".equals(localName) && reference != null) {
					int column = column(reference);
					if (error && column < current.size()) {
						String shown = current.get(column).replaceFirst("^ERROR:", "");
						flags.add(new RawSheet.Flag(currentRow, column, RowProblem.Kind.CELL_ERROR, shown));
						put(column, "");
					}
					else if (formula && !value) {
						flags.add(new RawSheet.Flag(currentRow, column, RowProblem.Kind.FORMULA_WITHOUT_RESULT, ""));
					}
				}
			}

			@Override
			public void characters(char[] ch, int start, int length) throws SAXException {
				cells.characters(ch, start, length);
			}
		};
	}
}
