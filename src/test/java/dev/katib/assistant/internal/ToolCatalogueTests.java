package dev.katib.assistant.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.ai.ToolSpec;
import dev.katib.connectors.Base;
import dev.katib.connectors.DataSource;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.FieldType;
import dev.katib.connectors.NewField;
import dev.katib.connectors.NewSource;
import dev.katib.connectors.SourceKind;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;
import dev.katib.connectors.TableRef;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolCatalogueTests {

	private static final UUID TENANT = UUID.randomUUID();

	private static final DataSource SOURCE = new DataSource(UUID.randomUUID(), TENANT, SourceKind.BUILT_IN, "الموظفون",
			null, Instant.parse("2026-12-01T08:00:00Z"), null);

	private static final SourceTable TABLE = new SourceTable("staff", "Staff", "name",
			List.of(new TableField("name", "Name", new FieldType.Text(FieldType.Text.Format.LINE))), List.of());

	/** The read tools of sources never reach the records. */
	private static final SourceRecords NO_RECORDS = (SourceRecords) java.lang.reflect.Proxy.newProxyInstance(
			SourceRecords.class.getClassLoader(), new Class<?>[] { SourceRecords.class }, (proxy, method, args) -> {
				throw new UnsupportedOperationException("The sources' read tools never reach records");
			});

	private final ToolCatalogue catalogue = new ToolCatalogue(List.of(new DataTools(new OneSource(), NO_RECORDS)));

	@Test
	void offersEachToolOnceWithAStrictSchemaOfItsArguments() {
		List<ToolSpec> specs = catalogue.specs();

		assertThat(specs).extracting(ToolSpec::name).doesNotHaveDuplicates()
			.contains("list_sources", "list_tables", "describe_table", "search_records", "get_record");
		String schema = catalogue.find("list_tables").orElseThrow().spec().parametersSchema();
		assertThat(schema).contains("\"sourceId\"", "\"baseId\"", "\"required\"", "\"additionalProperties\" : false",
				"The id of the data source");
		assertThat(catalogue.tools()).allSatisfy(tool -> assertThat(tool.arabicLabel()).isNotBlank());
	}

	@Test
	void aWriterListsTheSourcesWithoutTheirCredentialsAndTheTablesOfABase() {
		Object sources = run("list_sources", new DataTools.NoArguments(), caller(Role.WRITER));
		Object tables = run("list_tables", new DataTools.SourceTables(SOURCE.id(), "built-in"), caller(Role.WRITER));

		assertThat(sources).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactly(new DataTools.SourceSummary(SOURCE.id(), "الموظفون", "BUILT_IN",
					List.of(new Base("built-in", "Tables"))));
		assertThat(tables).isEqualTo(List.of(TableView.of(TABLE)));
	}

	@Test
	void aViewerIsRefusedTheSourcesTools() {
		assertThatThrownBy(() -> run("list_sources", new DataTools.NoArguments(), caller(Role.VIEWER)))
			.isInstanceOfSatisfying(KatibException.class,
					refused -> assertThat(refused.type()).isEqualTo(ProblemType.FORBIDDEN));
	}

	@SuppressWarnings("unchecked")
	private Object run(String name, Record args, Caller caller) {
		var tool = (AssistantTool<Record>) catalogue.find(name).orElseThrow();
		return tool.run(caller, args);
	}

	private static Caller caller(Role role) {
		return new Caller(TENANT, UUID.randomUUID(), "Huda", Set.of(role), Locale.forLanguageTag("ar"), null);
	}

	/** The organisation's one built-in source with one table. */
	private static final class OneSource implements DataSources {

		@Override
		public List<DataSource> list(Caller caller) {
			return List.of(SOURCE);
		}

		@Override
		public DataSource find(Caller caller, UUID sourceId) {
			return SOURCE;
		}

		@Override
		public DataSource connect(Caller caller, NewSource source) {
			throw new UnsupportedOperationException("The catalogue's read tools never connect a source");
		}

		@Override
		public void remove(Caller caller, UUID sourceId) {
			throw new UnsupportedOperationException("The catalogue's read tools never remove a source");
		}

		@Override
		public List<Base> bases(Caller caller, UUID sourceId) {
			return List.of(new Base("built-in", "Tables"));
		}

		@Override
		public Base addBase(Caller caller, UUID sourceId, String reference) {
			throw new UnsupportedOperationException("The catalogue's read tools never add a spreadsheet");
		}

		@Override
		public void removeBase(Caller caller, UUID sourceId, String baseId) {
			throw new UnsupportedOperationException("The catalogue's read tools never remove a spreadsheet");
		}

		@Override
		public List<SourceTable> tables(Caller caller, UUID sourceId, String baseId) {
			return List.of(TABLE);
		}

		@Override
		public SourceTable table(Caller caller, TableRef table) {
			return TABLE;
		}

		@Override
		public SourceTable createTable(Caller caller, UUID sourceId, String name, List<NewField> fields) {
			throw new UnsupportedOperationException("The catalogue's read tools never create a table");
		}

		@Override
		public SourceTable renameTable(Caller caller, TableRef table, String name) {
			throw new UnsupportedOperationException("The catalogue's read tools never rename a table");
		}

		@Override
		public void removeTable(Caller caller, TableRef table) {
			throw new UnsupportedOperationException("The catalogue's read tools never remove a table");
		}

	}

}
