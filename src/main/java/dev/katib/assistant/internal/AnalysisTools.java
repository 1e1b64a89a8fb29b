package dev.katib.assistant.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.assistant.internal.AssistantTool.Effect;
import dev.katib.assistant.internal.DataTools.Table;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.RecordQuery;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;

/** The tools that look at a whole table: its fill rates and outliers, its duplicates, and its records as CSV. */
@Component
@Order(3)
class AnalysisTools implements ToolGroup {

	/** The most records an analysis reads. */
	static final int MAX_RECORDS = 5_000;

	/** The most records one CSV export holds. */
	static final int MAX_EXPORT = 2_000;

	record Analyse(@Valid Table table) {
	}

	record FindDuplicates(@Valid Table table,
			@JsonPropertyDescription("The fields (1 to 5) whose values, compared with Arabic spellings folded, make two records duplicates") @Size(min = 1, max = 5) List<@NotBlank @Size(max = 200) String> fields) {
	}

	record Export(@Valid Table table,
			@JsonPropertyDescription("The fields to export, in order; empty for all") @Size(max = 100) List<@Size(max = 200) String> fields,
			@JsonPropertyDescription("Conditions on fields; none exports every record") @Size(max = 20) List<Conditions.@Valid Condition> conditions,
			@JsonPropertyDescription("true to keep records meeting any condition, false for records meeting all") boolean matchAny,
			@JsonPropertyDescription("The most records to export, 1 to 2000") @Min(1) @Max(MAX_EXPORT) int limit) {
	}

	/** A CSV export: how many records it holds, whether they are all that matched, and the CSV text. */
	record CsvExport(String table, int records, boolean complete, String csv) {
	}

	private final DataSources sources;
	private final SourceRecords records;

	AnalysisTools(DataSources sources, SourceRecords records) {
		this.sources = sources;
		this.records = records;
	}

	@Override
	public List<AssistantTool<?>> tools() {
		return List.of(
				new AssistantTool<>("analyse_table", "Analyses a table's records (up to 5000): how often each field "
						+ "is filled, its type, its number of distinct values and commonest values, and for numbers "
						+ "their range, quartiles and the records far outside them.", "تحليل الجدول", Analyse.class,
						Permission.USE_SOURCES, Effect.READS, this::analyse),
				new AssistantTool<>("find_duplicates", "Finds records (among the first 5000) holding the same values "
						+ "in the chosen fields, Arabic spellings folded.", "البحث عن السجلات المكررة",
						FindDuplicates.class, Permission.USE_SOURCES, Effect.READS, this::duplicates),
				new AssistantTool<>("export_csv", "Exports a table's records, or those meeting conditions, as CSV "
						+ "text.", "تصدير السجلات بصيغة CSV", Export.class, Permission.USE_SOURCES, Effect.READS,
						this::export));
	}

	private TableAnalysis analyse(Caller caller, Analyse args) {
		SourceTable table = sources.table(caller, args.table().ref());
		List<SourceRecord> read = records.listAll(caller, args.table().ref(), RecordQuery.firstPage(100), MAX_RECORDS + 1);
		return TableAnalysis.of(table, read.size() > MAX_RECORDS ? read.subList(0, MAX_RECORDS) : read,
				read.size() <= MAX_RECORDS);
	}

	private Duplicates duplicates(Caller caller, FindDuplicates args) {
		SourceTable table = sources.table(caller, args.table().ref());
		List<String> fields = args.fields().stream().map(name -> Conditions.field(table, name).name()).distinct().toList();
		List<SourceRecord> read = records.listAll(caller, args.table().ref(), RecordQuery.firstPage(100), MAX_RECORDS + 1);
		return Duplicates.of(fields, read.size() > MAX_RECORDS ? read.subList(0, MAX_RECORDS) : read,
				read.size() <= MAX_RECORDS);
	}

	private CsvExport export(Caller caller, Export args) {
		SourceTable table = sources.table(caller, args.table().ref());
		List<String> fields = args.fields().isEmpty() ? table.fields().stream().map(TableField::name).toList()
				: args.fields().stream().map(name -> Conditions.field(table, name).name()).toList();
		RecordQuery query = RecordQuery.firstPage(100)
			.withFilter(Conditions.filter(table, args.conditions(), args.matchAny()));
		List<SourceRecord> read = records.listAll(caller, args.table().ref(), query, args.limit() + 1);
		List<SourceRecord> kept = read.size() > args.limit() ? read.subList(0, args.limit()) : read;
		return new CsvExport(table.name(), kept.size(), read.size() <= args.limit(), CsvText.of(fields, kept));
	}
}
