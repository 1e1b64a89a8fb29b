package dev.katib.assistant.mcp;

import java.time.Clock;
import java.util.List;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import org.springframework.ai.mcp.customizer.McpSyncServerCustomizer;
import org.springframework.ai.mcp.server.webmvc.transport.WebMvcStreamableServerTransportProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.accounts.Callers;
import dev.katib.archive.Archive;
import dev.katib.assistant.internal.ToolCalls;
import dev.katib.assistant.internal.ToolCatalogue;
import dev.katib.letters.Letters;

/**
 * Spring AI's MCP server (Streamable HTTP, synchronous) with the assistant's catalogue, and letters and archived
 * documents as resources. The transport carries each
 * request's caller to the handlers; tools/list shows a caller only the tools their roles (an API key's scopes)
 * grant, and handlers run on the request's own thread, as the servlet stack expects.
 */
@Configuration(proxyBeanMethods = false)
class McpServerConfiguration {

	/** Where MCP clients connect. */
	static final String ENDPOINT = "/mcp";

	@Bean
	McpTools mcpTools(ToolCatalogue catalogue, ToolCalls calls, JsonMapper json) {
		return new McpTools(catalogue, calls, json, mcpJsonMapper(json));
	}

	@Bean
	WebMvcStreamableServerTransportProvider webMvcStreamableServerTransportProvider(JsonMapper json, Callers callers) {
		return WebMvcStreamableServerTransportProvider.builder()
			.jsonMapper(mcpJsonMapper(json))
			.mcpEndpoint(ENDPOINT)
			.contextExtractor(new McpCallers(callers))
			.build();
	}

	/** The transport's routes, its refusals answered as problem details; Spring AI's own routes back off by name. */
	@Bean
	RouterFunction<ServerResponse> webMvcStreamableServerRouterFunction(
			WebMvcStreamableServerTransportProvider transport) {
		return transport.getRouterFunction().filter(new McpErrorAnswers());
	}

	@Bean
	List<SyncToolSpecification> assistantToolSpecifications(McpTools tools) {
		return tools.specifications();
	}

	@Bean
	List<SyncResourceTemplateSpecification> assistantResourceTemplates(Letters letters, Archive archive,
			JsonMapper json, ApplicationEventPublisher events, Clock clock) {
		return new McpResources(letters, archive, json, events, clock).specifications();
	}

	/** Spring AI takes one customizer: this one replaces its servlet default, whose immediate execution it keeps. */
	@Bean
	@Primary
	McpSyncServerCustomizer assistantServerCustomizer(McpTools tools) {
		return server -> server.immediateExecution(true).addToolFilter(tools::visible);
	}

	private static McpJsonMapper mcpJsonMapper(JsonMapper json) {
		return new JacksonMcpJsonMapper(json);
	}
}
