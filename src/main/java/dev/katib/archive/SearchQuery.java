package dev.katib.archive;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A search of the archive. Words match whatever their Arabic spelling (hamza forms, taa marbuta,
 * alef maqsura, diacritics) and as prefixes; all words must match.
 *
 * @param text words to look for; blank lists everything
 * @param from earliest document date, inclusive
 * @param to latest document date, inclusive
 * @param kind only files of this kind
 * @param attributes facts every result must have, e.g. {@code category=request}
 * @param page zero-based page
 * @param size results per page (1–100)
 */
public record SearchQuery(@Nullable String text, @Nullable LocalDate from, @Nullable LocalDate to,
		@Nullable FileKind kind, Map<String, String> attributes, int page, int size) {

	public static final int MAX_SIZE = 100;

	public SearchQuery {
		attributes = Map.copyOf(attributes);
		page = Math.max(page, 0);
		size = Math.clamp(size, 1, MAX_SIZE);
	}
}
