package dev.katib.assistant.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.katib.ai.ToolSpec;

/**
 * The assistant's tools, each defined once: what the chat offers a model and the MCP server offers a client.
 */
@Component
public final class ToolCatalogue {

	private final Map<String, AssistantTool<?>> tools;

	ToolCatalogue(List<ToolGroup> groups) {
		Map<String, AssistantTool<?>> byName = new LinkedHashMap<>();
		groups.stream().flatMap(group -> group.tools().stream()).forEach(tool -> {
			if (byName.putIfAbsent(tool.name(), tool) != null) {
				throw new IllegalStateException("Two tools are called " + tool.name());
			}
		});
		this.tools = byName;
	}

	public List<AssistantTool<?>> tools() {
		return new ArrayList<>(tools.values());
	}

	public List<ToolSpec> specs() {
		return tools.values().stream().map(AssistantTool::spec).toList();
	}

	public Optional<AssistantTool<?>> find(String name) {
		return Optional.ofNullable(tools.get(name));
	}

}
