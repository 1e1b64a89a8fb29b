package dev.katib.connectors;

import java.time.Instant;
import java.util.List;

/**
 * Which records a listing keeps, built from what a user typed. Sources turn it into their own query
 * language ({@link Formula} for Airtable), so no typed text is ever read as part of a query.
 */
public sealed interface Filter {

	/** The field holds exactly this value (text, number, boolean or date). */
	record Equals(String field, Object value) implements Filter {
	}

	/** The field's text contains this text, whatever the case. */
	record Contains(String field, String text) implements Filter {
	}

	/** The record is one of these, by id. */
	record RecordIdIn(List<String> ids) implements Filter {

		public RecordIdIn {
			ids = List.copyOf(ids);
		}
	}

	/** The record was changed after this moment. */
	record ModifiedAfter(Instant moment) implements Filter {
	}

	/** Every filter holds. */
	record All(List<Filter> filters) implements Filter {

		public All {
			filters = List.copyOf(filters);
		}
	}

	/** At least one filter holds. */
	record Any(List<Filter> filters) implements Filter {

		public Any {
			filters = List.copyOf(filters);
		}
	}
}
