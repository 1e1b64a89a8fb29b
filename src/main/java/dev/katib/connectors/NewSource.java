package dev.katib.connectors;

import org.jspecify.annotations.Nullable;

/** What it takes to connect a data source. */
public sealed interface NewSource {

	/** What the organisation calls the source. */
	String name();

	/** An Airtable account, reached with a personal access token. */
	record Airtable(String name, String token) implements NewSource {

		@Override
		public String toString() {
			return "Airtable[name=" + name + ", token=" + dev.katib.platform.SecretBox.masked(token) + "]";
		}
	}

	/**
	 * Google Sheets through a service account: the organisation's own JSON key, or the instance's
	 * ({@code KATIB_GOOGLE_CREDENTIALS}) when none is given.
	 */
	record GoogleSheets(String name, @Nullable String serviceAccountKey) implements NewSource {

		@Override
		public String toString() {
			return "GoogleSheets[name=" + name + ", key=" + (serviceAccountKey == null ? "instance" : "given") + "]";
		}
	}

	/** Tables kept in Katib. */
	record BuiltIn(String name) implements NewSource {
	}
}
