package dev.katib.assistant.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.accounts.Caller;
import dev.katib.assistant.internal.AssistantTool;
import dev.katib.assistant.internal.ToolCalls;
import dev.katib.assistant.internal.ToolCatalogue;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * The catalogue's tools as MCP tools: the same name, description and schema, MCP's hints from whether a tool
 * reads, adds or changes data, and every call made through {@link ToolCalls} as the request's caller. A refused or
 * failed call answers as a tool error holding its problem detail, which a model can read and act on.
 */
final class McpTools {

	private final ToolCatalogue catalogue;
	private final ToolCalls calls;
	private final JsonMapper json;
	private final McpJsonMapper mcpJson;

	McpTools(ToolCatalogue catalogue, ToolCalls calls, JsonMapper json, McpJsonMapper mcpJson) {
		this.catalogue = catalogue;
		this.calls = calls;
		this.json = json;
		this.mcpJson = mcpJson;
	}

	List<SyncToolSpecification> specifications() {
		return catalogue.tools().stream()
			.map(tool -> SyncToolSpecification.builder()
				.tool(tool(tool))
				.callHandler((exchange, request) -> call(exchange.transportContext(), request))
				.build())
			.toList();
	}

	/** Whether the request's caller may call the tool: an API key's scopes (or a member's roles) grant it. */
	boolean visible(McpTransportContext context, McpSchema.Tool tool) {
		return McpCallers.of(context)
			.flatMap(caller -> catalogue.find(tool.name()).map(found -> found.permission().isGrantedTo(caller)))
			.orElse(false);
	}

	private McpSchema.Tool tool(AssistantTool<?> tool) {
		boolean reads = tool.effect() == AssistantTool.Effect.READS;
		return McpSchema.Tool.builder()
			.name(tool.name())
			.title(tool.arabicLabel())
			.description(tool.description())
			.inputSchema(mcpJson, tool.spec().parametersSchema())
			.annotations(new McpSchema.ToolAnnotations(tool.arabicLabel(), reads,
					tool.effect() == AssistantTool.Effect.CHANGES, reads, false, null))
			.build();
	}

	private CallToolResult call(McpTransportContext context, CallToolRequest request) {
		Caller caller = McpCallers.of(context).orElse(null);
		if (caller == null) {
			return problem(new KatibException(ProblemType.UNAUTHORIZED, "Send an API key as a bearer token."));
		}
		try {
			String arguments = json.writeValueAsString(request.arguments() == null ? Map.of() : request.arguments());
			String result = calls.call(caller, request.name(), arguments, ToolCalls.Channel.MCP,
					tool -> tool.permission().isGrantedTo(caller));
			return CallToolResult.builder().addTextContent(result).isError(false).build();
		}
		catch (KatibException refused) {
			return problem(refused);
		}
	}

	private CallToolResult problem(KatibException refused) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", refused.type().uri().toString());
		problem.put("title", refused.type().title());
		problem.put("status", refused.type().status().value());
		problem.put("detail", refused.getMessage());
		problem.putAll(refused.properties());
		return CallToolResult.builder().addTextContent(json.writeValueAsString(problem)).isError(true).build();
	}
}
