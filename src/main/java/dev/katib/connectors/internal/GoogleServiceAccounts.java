package dev.katib.connectors.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.google.auth.oauth2.ServiceAccountCredentials;
import org.springframework.stereotype.Component;

import dev.katib.connectors.SourceException;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Checks a Google service-account key by signing in with it, so a wrong or disabled key is reported
 * when the source is connected, not when a letter needs its data.
 */
@Component
class GoogleServiceAccounts {

	static final List<String> SCOPES = List.of("https://www.googleapis.com/auth/spreadsheets");
	static final int MAX_KEY_LENGTH = 20_000;

	private final ConnectorsProperties properties;

	GoogleServiceAccounts(ConnectorsProperties properties) {
		this.properties = properties;
	}

	/**
	 * What a working key tells of itself.
	 *
	 * @param clientEmail the address sheets must be shared with
	 * @param keyId the key's id, of which the last four characters may be shown
	 */
	record Checked(String clientEmail, String keyId) {
	}

	Checked check(String keyJson, UUID sourceId, String sourceName) {
		if (keyJson.length() > MAX_KEY_LENGTH) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, "The service-account key is too long.");
		}
		ServiceAccountCredentials credentials;
		try {
			credentials = ServiceAccountCredentials
				.fromStream(new ByteArrayInputStream(keyJson.getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException | RuntimeException ex) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, "This is not the JSON key of a Google service "
					+ "account: download a key for the service account in Google Cloud (Keys, Add key, JSON).");
		}
		try {
			credentials.createScoped(SCOPES).refreshAccessToken();
		}
		catch (IOException ex) {
			throw new SourceException(SourceException.CREDENTIAL_REJECTED, "Google refused the key of service account "
					+ credentials.getClientEmail() + ": it was deleted or disabled, or the account cannot use the Sheets "
					+ "API.", sourceId, sourceName);
		}
		return new Checked(credentials.getClientEmail(),
				credentials.getPrivateKeyId() == null ? "" : credentials.getPrivateKeyId());
	}

	/** The instance's own key ({@code KATIB_GOOGLE_CREDENTIALS}). */
	String instanceKey() {
		return properties.instanceGoogleKey();
	}
}
