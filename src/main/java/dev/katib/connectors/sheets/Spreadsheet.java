package dev.katib.connectors.sheets;

import java.util.List;

/**
 * A spreadsheet as the service account sees it.
 *
 * @param id its id, from its link
 * @param title its title
 * @param sheets its sheets (tabs), in order
 */
public record Spreadsheet(String id, String title, List<SheetInfo> sheets) {

	public Spreadsheet {
		sheets = List.copyOf(sheets);
	}
}
