package dev.katib.automation.batch;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a writer asks for when they create a run.
 *
 * @param name what to call the run
 * @param sourceId the data source
 * @param baseId the base (Airtable), spreadsheet (Google Sheets) or {@code local} (built-in and uploaded tables)
 * @param tableId the table
 * @param view a view of the table whose filter and order apply
 * @param conditions conditions each record must meet, all of them
 * @param category the letters' category key
 * @param language {@code ar} or {@code en}
 * @param template the request of every letter, with {@code {{Field name}}} merge fields
 * @param submitForReview whether every drafted letter is submitted for review
 * @param writeBack the fields of each record that get its letter's number, status and link, if any
 */
record NewRun(@Nullable String name, @Nullable UUID sourceId, @Nullable String baseId, @Nullable String tableId,
		@Nullable String view, @Nullable List<Condition> conditions, @Nullable String category,
		@Nullable String language, @Nullable String template, @Nullable Boolean submitForReview,
		@Nullable WriteBackFields writeBack) {

	/** A run that writes nothing back. */
	NewRun(@Nullable String name, @Nullable UUID sourceId, @Nullable String baseId, @Nullable String tableId,
			@Nullable String view, @Nullable List<Condition> conditions, @Nullable String category,
			@Nullable String language, @Nullable String template, @Nullable Boolean submitForReview) {
		this(name, sourceId, baseId, tableId, view, conditions, category, language, template, submitForReview, null);
	}
}
