package dev.katib.connectors.sheets;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.connectors.Base;
import dev.katib.connectors.backend.FieldValues;
import dev.katib.connectors.backend.SourceAccess;

/** The spreadsheets added to each Google Sheets source, kept per organisation. */
class Spreadsheets {

	private static final Pattern LINK = Pattern.compile("/spreadsheets/d/([A-Za-z0-9_-]+)");
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{10,64}");

	private final JdbcClient jdbc;
	private final Clock clock;

	Spreadsheets(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The spreadsheet's id in its link ({@code https://docs.google.com/spreadsheets/d/<id>/edit}), or the id itself. */
	static String idOf(String reference) {
		String text = FieldValues.cleanText("spreadsheet", reference).strip();
		Matcher link = LINK.matcher(text);
		String id = link.find() ? link.group(1) : text;
		if (!ID.matcher(id).matches()) {
			throw FieldValues.invalid("spreadsheet", "needs the link of a Google spreadsheet (…/spreadsheets/d/…) or its id");
		}
		return id;
	}

	List<Base> list(SourceAccess source) {
		return jdbc.sql("SELECT spreadsheet_id, title FROM connectors_spreadsheet WHERE tenant_id = :tenant "
				+ "AND source_id = :source ORDER BY added_at, spreadsheet_id")
			.param("tenant", source.tenantId()).param("source", source.sourceId())
			.query((rs, n) -> new Base(rs.getString("spreadsheet_id"), rs.getString("title")))
			.list();
	}

	Optional<Base> find(SourceAccess source, String spreadsheetId) {
		return list(source).stream().filter(base -> base.id().equals(spreadsheetId)).findFirst();
	}

	/** Adds the spreadsheet, or renames it if it was added before. */
	void add(SourceAccess source, Spreadsheet spreadsheet) {
		String title = spreadsheet.title().length() > 300 ? spreadsheet.title().substring(0, 300) : spreadsheet.title();
		jdbc.sql("""
				INSERT INTO connectors_spreadsheet (source_id, tenant_id, spreadsheet_id, title, added_at)
				VALUES (:source, :tenant, :id, :title, :now)
				ON CONFLICT (source_id, spreadsheet_id) DO UPDATE SET title = EXCLUDED.title""")
			.param("source", source.sourceId()).param("tenant", source.tenantId()).param("id", spreadsheet.id())
			.param("title", title).param("now", Timestamp.from(clock.instant()))
			.update();
	}

	boolean remove(SourceAccess source, String spreadsheetId) {
		jdbc.sql("DELETE FROM connectors_sheet_row WHERE source_id = :source AND spreadsheet_id = :id")
			.param("source", source.sourceId()).param("id", spreadsheetId).update();
		return jdbc.sql("DELETE FROM connectors_spreadsheet WHERE tenant_id = :tenant AND source_id = :source "
				+ "AND spreadsheet_id = :id")
			.param("tenant", source.tenantId()).param("source", source.sourceId()).param("id", spreadsheetId)
			.update() > 0;
	}
}
