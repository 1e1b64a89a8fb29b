package dev.katib.connectors.sheets;

import dev.katib.connectors.SourceException;
import dev.katib.connectors.backend.SourceAccess;
import dev.katib.platform.ProblemType;

/** A Google Sheets failure as the same problem every source answers, naming the source and keeping Google's words. */
final class SheetsFailures {

	private SheetsFailures() {
	}

	static SourceException of(SheetsException failure, SourceAccess source) {
		ProblemType type = switch (failure) {
			case SheetsException.BadCredential bad -> SourceException.CREDENTIAL_REJECTED;
			case SheetsException.NotShared notShared -> SourceException.ACCESS_DENIED;
			case SheetsException.NotFound notFound -> SourceException.NOT_FOUND;
			case SheetsException.InvalidRequest invalid -> SourceException.INVALID_REQUEST;
			case SheetsException.RateLimited limited -> SourceException.RATE_LIMITED;
			case SheetsException.Unavailable unavailable -> SourceException.UNAVAILABLE;
		};
		SourceException translated = new SourceException(type, failure.getMessage(), source.sourceId(), source.name(),
				failure.type().slug(), failure.retryAfter());
		translated.initCause(failure);
		return translated;
	}
}
