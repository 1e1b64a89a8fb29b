package dev.katib.connectors.sheets;

/**
 * One sheet (tab) of a spreadsheet.
 *
 * @param sheetId Google's id of the sheet
 * @param title its title, which ranges name
 * @param index its position among the tabs
 * @param rowCount the rows of its grid (filled or not)
 * @param columnCount the columns of its grid
 */
public record SheetInfo(int sheetId, String title, int index, int rowCount, int columnCount) {
}
