package dev.katib.assistant.mcp;

import java.util.Map;
import java.util.Optional;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpTransportContextExtractor;
import org.springframework.web.servlet.function.ServerRequest;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;

/**
 * Carries the caller of an MCP request (authenticated from its bearer token by the API's security chain) from the
 * HTTP request into the MCP server's handlers, which may run on another thread.
 */
final class McpCallers implements McpTransportContextExtractor<ServerRequest> {

	private static final String CALLER = "katib.caller";

	private final Callers callers;

	McpCallers(Callers callers) {
		this.callers = callers;
	}

	@Override
	public McpTransportContext extract(ServerRequest request) {
		return callers.find()
			.map(caller -> McpTransportContext.create(Map.of(CALLER, caller)))
			.orElse(McpTransportContext.EMPTY);
	}

	static Optional<Caller> of(McpTransportContext context) {
		return context.get(CALLER) instanceof Caller caller ? Optional.of(caller) : Optional.empty();
	}
}
