package dev.katib.connectors.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import dev.katib.connectors.NewField;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;
import dev.katib.connectors.TableRef;
import dev.katib.connectors.backend.FieldValues;
import dev.katib.connectors.backend.SourceAccess;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Adds, renames and removes the tables of a source of built-in tables. Two tables of one source never share a name
 * (letters and case aside), so that a table chosen by its name in a batch or an automation is the one meant.
 */
@Component
class BuiltInTableCatalogue {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final Clock clock;

	BuiltInTableCatalogue(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	SourceTable create(SourceAccess source, String name, List<NewField> newFields) {
		List<TableField> fields = BuiltInSchema.fields(newFields);
		String tableName = tableName(name);
		UUID id = Ids.newId(clock);
		List<Map<String, String>> stored = fields.stream()
			.map(f -> Map.of("name", f.name(), "type", BuiltInSchema.typeName(f.type())))
			.toList();
		unique(tableName, () -> jdbc.sql("""
				INSERT INTO connectors_table (id, tenant_id, source_id, name, fields, created_at)
				VALUES (:id, :tenant, :source, :name, CAST(:fields AS JSONB), :now)""")
			.param("id", id).param("tenant", source.tenantId()).param("source", source.sourceId())
			.param("name", tableName).param("fields", JSON.writeValueAsString(stored))
			.param("now", Timestamp.from(clock.instant()))
			.update());
		return new SourceTable(id.toString(), tableName, fields.getFirst().id(), fields, List.of());
	}

	void rename(SourceAccess source, String tableId, String name) {
		String tableName = tableName(name);
		int renamed = unique(tableName, () -> jdbc.sql("""
				UPDATE connectors_table SET name = :name
				WHERE tenant_id = :tenant AND source_id = :source AND id = :id""")
			.param("name", tableName).param("tenant", source.tenantId()).param("source", source.sourceId())
			.param("id", id(tableId))
			.update());
		if (renamed == 0) {
			throw KatibException.notFound("The table");
		}
	}

	/**
	 * Removes the table with its records, its field mapping, its watch and its import history. A table that an
	 * import is still filling is refused, so that the import does not end writing into nothing.
	 */
	void remove(SourceAccess source, String tableRef) {
		UUID id = id(tableRef);
		String tableId = id.toString();
		boolean importing = jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM connectors_import WHERE tenant_id = :tenant AND source_id = :source
				    AND base_id = :base AND table_id = :table AND status IN ('QUEUED', 'RUNNING'))""")
			.param("tenant", source.tenantId()).param("source", source.sourceId())
			.param("base", TableRef.BUILT_IN_BASE).param("table", tableId)
			.query(Boolean.class)
			.single();
		if (importing) {
			throw new KatibException(ProblemType.CONFLICT,
					"An import is still filling this table; remove it once the import has ended.");
		}
		for (String dependent : List.of("connectors_mapping", "connectors_watch", "connectors_import")) {
			jdbc.sql("DELETE FROM " + dependent + " WHERE source_id = :source AND base_id = :base AND table_id = :table")
				.param("source", source.sourceId()).param("base", TableRef.BUILT_IN_BASE).param("table", tableId)
				.update();
		}
		int removed = jdbc.sql("DELETE FROM connectors_table WHERE tenant_id = :tenant AND source_id = :source AND id = :id")
			.param("tenant", source.tenantId()).param("source", source.sourceId()).param("id", id)
			.update();
		if (removed == 0) {
			throw KatibException.notFound("The table");
		}
	}

	private static String tableName(String name) {
		String tableName = FieldValues.cleanText("name", name).strip();
		if (tableName.isEmpty() || tableName.length() > 200) {
			throw FieldValues.invalid("name", "needs 1 to 200 characters");
		}
		return tableName;
	}

	private static int unique(String tableName, java.util.function.IntSupplier write) {
		try {
			return write.getAsInt();
		}
		catch (DuplicateKeyException taken) {
			throw FieldValues.invalid("name", "is taken: another table of this source is called \"" + tableName + "\"");
		}
	}

	private static UUID id(String tableId) {
		try {
			return UUID.fromString(tableId);
		}
		catch (IllegalArgumentException notAnId) {
			throw KatibException.notFound("The table");
		}
	}
}
