package dev.katib.connectors;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a listing asks for: Airtable's list parameters, with the filter given as a {@link Filter}.
 *
 * @param pageSize records per page (1–100)
 * @param offset where to continue, from the previous page
 * @param maxRecords the most records to return over all pages, if limited
 * @param fields only these fields, when not empty
 * @param sort the order
 * @param view a view of the table whose filters and order apply
 * @param filter which records to keep
 * @param cellFormat values as JSON or as the text Airtable shows
 * @param timeZone the zone for {@code STRING} cells, e.g. {@code Asia/Riyadh}
 * @param userLocale the locale for {@code STRING} cells, e.g. {@code ar}
 * @param returnFieldsByFieldId values keyed by field id instead of name
 */
public record RecordQuery(int pageSize, @Nullable String offset, @Nullable Integer maxRecords, List<String> fields,
		List<Sort> sort, @Nullable String view, @Nullable Filter filter, CellFormat cellFormat, @Nullable String timeZone,
		@Nullable String userLocale, boolean returnFieldsByFieldId) {

	public static final int MAX_PAGE_SIZE = 100;

	public RecordQuery {
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("pageSize must be between 1 and 100");
		}
		fields = List.copyOf(fields);
		sort = List.copyOf(sort);
	}

	/** The first page of every record, 100 at a time. */
	public static RecordQuery firstPage(int pageSize) {
		return new RecordQuery(pageSize, null, null, List.of(), List.of(), null, null, CellFormat.JSON, null, null, false);
	}

	public RecordQuery withOffset(@Nullable String next) {
		return new RecordQuery(pageSize, next, maxRecords, fields, sort, view, filter, cellFormat, timeZone, userLocale,
				returnFieldsByFieldId);
	}

	public RecordQuery withFilter(@Nullable Filter kept) {
		return new RecordQuery(pageSize, offset, maxRecords, fields, sort, view, kept, cellFormat, timeZone, userLocale,
				returnFieldsByFieldId);
	}

	/** How values are given. */
	public enum CellFormat {
		JSON, STRING
	}

	/**
	 * One key of the order.
	 *
	 * @param field the field's name or id
	 * @param descending largest first
	 */
	public record Sort(String field, boolean descending) {
	}
}
