package dev.katib.connectors.sheets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.connectors.backend.SourceAccess;

/**
 * When each row of a polled sheet last changed, as Katib saw it: a sheet keeps no such time, so each
 * poll compares the rows with what they held at the previous poll. Rows found at the first poll count
 * as unchanged since ever; a row that is new or different since the last poll changed now.
 */
class SheetSnapshots {

	private final JdbcClient jdbc;
	private final Clock clock;

	SheetSnapshots(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Compares the rows with the last poll, keeps what they hold now, and says when each row last changed; call it in a transaction. */
	Map<Integer, Instant> changedAt(SourceAccess source, String spreadsheetId, String sheetId, SheetTable table) {
		Map<Integer, String> before = new HashMap<>();
		Map<Integer, Instant> changed = new HashMap<>();
		jdbc.sql("SELECT row_number, digest, changed_at FROM connectors_sheet_row WHERE source_id = :source "
				+ "AND spreadsheet_id = :spreadsheet AND sheet_id = :sheet FOR UPDATE")
			.param("source", source.sourceId()).param("spreadsheet", spreadsheetId).param("sheet", sheetId)
			.query(rs -> {
				before.put(rs.getInt("row_number"), rs.getString("digest"));
				changed.put(rs.getInt("row_number"), rs.getTimestamp("changed_at").toInstant());
			});
		boolean firstLook = before.isEmpty();
		Instant now = clock.instant();
		List<Integer> rows = new ArrayList<>();
		List<String> digests = new ArrayList<>();
		for (SheetTable.Row row : table.rows()) {
			String digest = digest(row.values());
			if (!Objects.equals(before.remove(row.number()), digest)) {
				changed.put(row.number(), firstLook ? Instant.EPOCH : now);
				rows.add(row.number());
				digests.add(digest);
			}
		}
		jdbc.sql("DELETE FROM connectors_sheet_row WHERE source_id = :source AND spreadsheet_id = :spreadsheet "
				+ "AND sheet_id = :sheet AND row_number = ANY(:rows)")
			.param("source", source.sourceId()).param("spreadsheet", spreadsheetId).param("sheet", sheetId)
			.param("rows", before.keySet().toArray(Integer[]::new))
			.update();
		before.keySet().forEach(changed::remove);
		jdbc.sql("""
				INSERT INTO connectors_sheet_row (source_id, spreadsheet_id, sheet_id, row_number, digest, changed_at)
				SELECT :source, :spreadsheet, :sheet, changed.row_number, changed.digest, :at
				FROM unnest(CAST(:rows AS INTEGER[]), CAST(:digests AS VARCHAR[])) AS changed (row_number, digest)
				ON CONFLICT (source_id, spreadsheet_id, sheet_id, row_number)
				DO UPDATE SET digest = EXCLUDED.digest, changed_at = EXCLUDED.changed_at""")
			.param("source", source.sourceId()).param("spreadsheet", spreadsheetId).param("sheet", sheetId)
			.param("rows", rows.toArray(Integer[]::new)).param("digests", digests.toArray(String[]::new))
			.param("at", Timestamp.from(firstLook ? Instant.EPOCH : now))
			.update();
		return changed;
	}

	private static String digest(List<String> values) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String value : values) {
				sha.update(value.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
