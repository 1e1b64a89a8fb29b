package dev.katib.archive.storage;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

import org.springframework.http.HttpStatus;

/** The storage backend could not be reached or refused the operation, after retries. */
public class StorageUnavailableException extends KatibException {

	public static final ProblemType TYPE = new ProblemType("storage-unavailable", HttpStatus.SERVICE_UNAVAILABLE,
			"Storage unavailable");

	public StorageUnavailableException(String detail, Throwable cause) {
		super(TYPE, detail);
		initCause(cause);
	}
}
