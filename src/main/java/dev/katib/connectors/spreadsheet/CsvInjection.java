package dev.katib.connectors.spreadsheet;

/**
 * CSV injection: a spreadsheet program runs a cell that starts with {@code = + - @}, a tab or a
 * carriage return as a formula. On export such text gets a leading apostrophe, which keeps it text
 * (OWASP's advice); on reading, that apostrophe is taken off again, so exports read back unchanged.
 */
final class CsvInjection {

	private static final String TRIGGERS = "=+-@\t\r";

	private CsvInjection() {
	}

	static String defuse(String text) {
		return !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	static String undo(String cell) {
		return cell.length() > 1 && cell.charAt(0) == '\'' && TRIGGERS.indexOf(cell.charAt(1)) >= 0 ? cell.substring(1)
				: cell;
	}
}
