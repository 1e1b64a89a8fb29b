package dev.katib.connectors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.katib.connectors.SourceTable;
import dev.katib.connectors.backend.SourceAccess;

/** The check an import into a built-in table makes before it writes anything: each row's upsert key means one record. */
@Component
class BuiltInKeyCheck {

	private final JdbcClient jdbc;

	BuiltInKeyCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Refuses, before anything is written, an import whose row has key values that several records of the table
	 * share: the upsert could not tell which of them the row means. One query, whatever the number of rows.
	 */
	void refuseAmbiguousKeys(SourceAccess source, SourceTable table, List<ImportRowsStore.NumberedRow> rows,
			List<String> mergeOn) {
		BuiltInQuery sql = new BuiltInQuery(table);
		String keys = String.join(", ", mergeOn.stream().map(f -> "cells ->> " + sql.bind(f)).toList());
		String positions = String.join(", ", IntStream.rangeClosed(1, mergeOn.size())
			.mapToObj(Integer::toString).toList());
		Map<List<String>, Long> shared = jdbc.sql("SELECT " + keys + ", count(*) FROM connectors_row WHERE tenant_id = " + sql.bind(source.tenantId())
				+ " AND table_id = " + sql.bind(UUID.fromString(table.id())) + " GROUP BY " + positions
				+ " HAVING count(*) > 1")
			.params(sql.parameters)
			.query((rs, n) -> {
				List<@Nullable String> values = new ArrayList<>();
				for (int i = 1; i <= mergeOn.size(); i++) {
					values.add(rs.getString(i));
				}
				return Map.entry(values, rs.getLong(mergeOn.size() + 1));
			})
			.list()
			.stream()
			// an empty key value matches no record in an upsert, so records sharing one do not stand in its way
			.filter(group -> !group.getKey().contains(null))
			.collect(Collectors.toMap(group -> List.copyOf(group.getKey()), Map.Entry::getValue));
		for (ImportRowsStore.NumberedRow row : rows) {
			List<String> values = UpsertKeys.valuesOf(BuiltInSchema.stored(RecordService.typed(table, row.values())), mergeOn);
			if (shared.containsKey(values)) {
				throw UpsertKeys.ambiguous(mergeOn, values, shared.get(values), row.row());
			}
		}
	}
}
