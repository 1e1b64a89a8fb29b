package dev.katib.archive;

import java.util.Optional;
import java.util.UUID;

/**
 * An organisation's register of issued letters kept in a Google Sheet: once connected, a row is
 * appended for every letter archived (number, date, subject, recipient, fingerprint, code).
 */
public interface LetterRegister {

	/**
	 * Connects the organisation's register to a sheet shared with Katib's service account.
	 *
	 * @throws dev.katib.platform.KatibException {@code register-unavailable} when Katib has no Google
	 * credentials, {@code validation-failed} for a malformed id or sheet name
	 */
	void connect(UUID tenantId, String spreadsheetId, String sheetName);

	void disconnect(UUID tenantId);

	Optional<Settings> settings(UUID tenantId);

	/** Where an organisation's register is kept. */
	record Settings(String spreadsheetId, String sheetName) {
	}
}
