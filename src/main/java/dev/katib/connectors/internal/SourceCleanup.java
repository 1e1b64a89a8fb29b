package dev.katib.connectors.internal;

import dev.katib.connectors.backend.SourceAccess;

/** What a kind of source undoes outside Katib before the source is removed, e.g. its webhooks. */
public interface SourceCleanup {

	/** Called with the source still open; a failure is logged and does not stop the removal. */
	void removing(SourceAccess source);
}
