package dev.katib.archive.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.katib.archive.FileKind;
import dev.katib.archive.SearchQuery;

/** Turns the search fields of the page and the API into a query; blank fields do not filter. */
final class ArchiveSearchForm {

	private ArchiveSearchForm() {
	}

	static SearchQuery query(@Nullable String q, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String category, @Nullable String status, @Nullable String recipient, @Nullable String writer,
			@Nullable FileKind kind, int page, int size) {
		Map<String, String> facts = new HashMap<>();
		put(facts, "category", category);
		put(facts, "status", status);
		put(facts, "recipient", recipient);
		put(facts, "writer", writer);
		return new SearchQuery(q, from, to, kind, facts, page, size);
	}

	private static void put(Map<String, String> facts, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			facts.put(name, value.strip());
		}
	}
}
