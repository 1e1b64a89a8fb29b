package dev.katib.assistant.internal;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.assistant.internal.AssistantTool.Effect;
import dev.katib.connectors.Base;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.RecordPage;
import dev.katib.connectors.RecordQuery;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableRef;

/** The tools that read the organisation's sources, tables and records. */
@Component
@Order(1)
class DataTools implements ToolGroup {

	/** No arguments. */
	record NoArguments() {
	}

	/** Which source's tables. */
	record SourceTables(@JsonPropertyDescription("The id of the data source, as list_sources gives it") UUID sourceId,
			@JsonPropertyDescription("The id of the base in the source, as list_sources gives it") @Size(max = 64) String baseId) {
	}

	/** Which table. */
	record Table(@JsonPropertyDescription("The id of the data source, as list_sources gives it") UUID sourceId,
			@JsonPropertyDescription("The id of the base, as list_sources gives it") @Size(max = 64) String baseId,
			@JsonPropertyDescription("The id of the table, as list_tables gives it") @Size(max = 64) String tableId) {

		TableRef ref() {
			return new TableRef(sourceId, baseId, tableId);
		}
	}

	/** Which records of a table, a page at a time. */
	record Search(@JsonPropertyDescription("The table to search") @Valid Table table,
			@JsonPropertyDescription("Conditions on fields; none lists every record") @Size(max = 20) List<Conditions.@Valid Condition> conditions,
			@JsonPropertyDescription("true to keep records meeting any condition, false for records meeting all") boolean matchAny,
			@JsonPropertyDescription("Only these fields of each record; empty for all") @Size(max = 100) List<@Size(max = 200) String> fields,
			@JsonPropertyDescription("The field to order by, or null for the source's order") @Nullable @Size(max = 200) String sortField,
			@JsonPropertyDescription("true for the largest or latest first") boolean descending,
			@JsonPropertyDescription("Records per page, 1 to 100") @Min(1) @Max(100) int pageSize,
			@JsonPropertyDescription("The offset the previous page gave, or null for the first page") @Nullable @Size(max = 200) String offset) {
	}

	/** One record. */
	record OneRecord(@JsonPropertyDescription("The table holding the record") @Valid Table table,
			@JsonPropertyDescription("The record's id") @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String recordId) {
	}

	/** A source as the model sees it: no credential hint. */
	record SourceSummary(UUID id, String name, String kind, List<Base> bases) {
	}

	private final DataSources sources;
	private final SourceRecords records;

	DataTools(DataSources sources, SourceRecords records) {
		this.sources = sources;
		this.records = records;
	}

	@Override
	public List<AssistantTool<?>> tools() {
		return List.of(
				new AssistantTool<>("list_sources", "Lists the organisation's data sources with their bases.",
						"عرض مصادر البيانات", NoArguments.class, Permission.USE_SOURCES, Effect.READS,
						(caller, args) -> sources.list(caller).stream()
							.map(source -> new SourceSummary(source.id(), source.name(), source.kind().name(),
									sources.bases(caller, source.id())))
							.toList()),
				new AssistantTool<>("list_tables",
						"Lists the tables of one base of a data source, with their fields and types.",
						"عرض جداول المصدر", SourceTables.class, Permission.USE_SOURCES, Effect.READS,
						(caller, args) -> sources.tables(caller, args.sourceId(), args.baseId()).stream()
							.map(TableView::of)
							.toList()),
				new AssistantTool<>("describe_table",
						"Describes one table: its fields with their types, which are writable, the choices of select "
								+ "fields, and its views.",
						"وصف الجدول وحقوله", Table.class, Permission.USE_SOURCES, Effect.READS,
						(caller, args) -> TableView.of(sources.table(caller, args.ref()))),
				new AssistantTool<>("search_records",
						"Finds records of a table by conditions on its fields (equals or contains), a page at a time; "
								+ "follow the offset for the next page.",
						"البحث في السجلات", Search.class, Permission.USE_SOURCES, Effect.READS, this::search),
				new AssistantTool<>("get_record", "Reads one record of a table by its id.", "عرض سجل",
						OneRecord.class, Permission.USE_SOURCES, Effect.READS,
						(caller, args) -> records.get(caller, args.table().ref(), args.recordId())));
	}

	private RecordPage search(Caller caller, Search args) {
		TableRef ref = args.table().ref();
		SourceTable table = sources.table(caller, ref);
		args.fields().forEach(field -> Conditions.field(table, field));
		List<RecordQuery.Sort> sort = args.sortField() == null ? List.of()
				: List.of(new RecordQuery.Sort(Conditions.field(table, args.sortField()).name(), args.descending()));
		RecordQuery query = new RecordQuery(args.pageSize(), args.offset(), null, args.fields(), sort, null,
				Conditions.filter(table, args.conditions(), args.matchAny()), RecordQuery.CellFormat.JSON, null, null,
				false);
		return records.list(caller, ref, query);
	}
}
