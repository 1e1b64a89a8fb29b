package dev.katib.archive.register;

import java.io.IOException;
import java.util.List;

import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.SheetsScopes;
import com.google.api.services.sheets.v4.model.ValueRange;

import dev.katib.archive.storage.GoogleApis;
import dev.katib.archive.storage.StorageUnavailableException;

/**
 * Appends rows to a register sheet. Values are written as entered ({@code RAW}), so text that looks
 * like a formula stays text.
 */
class RegisterSheet {

	private final Sheets sheets;

	RegisterSheet(String serviceAccountKey, String rootUrl) {
		var credentials = GoogleApis.serviceAccount(serviceAccountKey, List.of(SheetsScopes.SPREADSHEETS));
		Sheets.Builder builder = new Sheets.Builder(GoogleApis.TRANSPORT, GsonFactory.getDefaultInstance(),
				GoogleApis.requests(credentials, 60_000))
			.setApplicationName("Katib");
		if (rootUrl != null && !rootUrl.isBlank()) {
			builder.setRootUrl(rootUrl);
		}
		this.sheets = builder.build();
	}

	void append(String spreadsheetId, String sheetName, List<Object> row) {
		try {
			sheets.spreadsheets()
				.values()
				.append(spreadsheetId, "'" + sheetName.replace("'", "''") + "'!A:A",
						new ValueRange().setValues(List.of(row)))
				.setValueInputOption("RAW")
				.setInsertDataOption("INSERT_ROWS")
				.execute();
		}
		catch (IOException ex) {
			throw new StorageUnavailableException("The letter could not be added to the register sheet.", ex);
		}
	}
}
