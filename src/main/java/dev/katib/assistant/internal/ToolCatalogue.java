package dev.katib.assistant.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.katib.accounts.Permission;
import dev.katib.ai.ToolSpec;
import dev.katib.connectors.Base;
import dev.katib.connectors.DataSources;
import org.springframework.stereotype.Component;

/**
 * The assistant's tools, each defined once: what the chat offers a model and the MCP server offers a client.
 */
@Component
final class ToolCatalogue {

	/** No arguments. */
	record NoArguments() {
	}

	/** Which source's tables. */
	record SourceTables(@JsonPropertyDescription("The id of the data source, as list_sources gives it") UUID sourceId,
			@JsonPropertyDescription("The id of the base in the source, as list_sources gives it") String baseId) {
	}

	private final List<AssistantTool<?>> tools;

	ToolCatalogue(DataSources sources) {
		this.tools = List.of(
				new AssistantTool<>("list_sources", "Lists the organisation's data sources with their bases.",
						"عرض مصادر البيانات", NoArguments.class, Permission.USE_SOURCES, false,
						(caller, args) -> sources.list(caller).stream()
							.map(source -> new SourceSummary(source.id(), source.name(), source.kind().name(),
									sources.bases(caller, source.id())))
							.toList()),
				new AssistantTool<>("list_tables",
						"Lists the tables of one base of a data source, with their fields and types.",
						"عرض جداول المصدر", SourceTables.class, Permission.USE_SOURCES, false,
						(caller, args) -> sources.tables(caller, args.sourceId(), args.baseId())));
	}

	List<AssistantTool<?>> tools() {
		return tools;
	}

	List<ToolSpec> specs() {
		return tools.stream().map(AssistantTool::spec).toList();
	}

	Optional<AssistantTool<?>> find(String name) {
		return tools.stream().filter(tool -> tool.name().equals(name)).findFirst();
	}

	/** A source as the model sees it: no credential hint. */
	record SourceSummary(UUID id, String name, String kind, List<Base> bases) {
	}

}
