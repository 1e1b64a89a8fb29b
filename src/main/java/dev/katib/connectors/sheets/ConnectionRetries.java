package dev.katib.connectors.sheets;

import com.google.api.client.http.HttpIOExceptionHandler;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.util.Sleeper;

/** A request that could not reach Google (refused, reset, timed out) is sent again three times, 0.5, 1 and 2 s apart. */
final class ConnectionRetries implements HttpIOExceptionHandler {

	private static final int MAX_RETRIES = 3;

	private final Sleeper sleeper;
	private int retries;

	ConnectionRetries(Sleeper sleeper) {
		this.sleeper = sleeper;
	}

	@Override
	public boolean handleIOException(HttpRequest request, boolean supportsRetry) {
		if (!supportsRetry || retries >= MAX_RETRIES) {
			return false;
		}
		try {
			sleeper.sleep(500L << retries++);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
