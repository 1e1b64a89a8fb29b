package dev.katib.assistant.mcp;

import io.modelcontextprotocol.spec.McpError;
import org.springframework.web.servlet.function.EntityResponse;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * The MCP transport answers a request it refuses (not JSON-RPC, no or an unknown session, a wrong Accept header)
 * with its error object, stack trace included. Such answers become Katib's problem details instead, by the one
 * exception handler of the API, with the transport's message as their detail.
 */
final class McpErrorAnswers implements HandlerFilterFunction<ServerResponse, ServerResponse> {

	@Override
	public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
		ServerResponse response = next.handle(request);
		int status = response.statusCode().value();
		if (status < 400) {
			return response;
		}
		String detail = switch (response instanceof EntityResponse<?> entity ? entity.entity() : null) {
			case McpError error -> error.getMessage();
			case String text when !text.isBlank() -> text;
			case null, default -> "The MCP server refused the request.";
		};
		ProblemType type = switch (status) {
			case 400 -> ProblemType.MALFORMED_REQUEST;
			case 404 -> ProblemType.NOT_FOUND;
			default -> ProblemType.forStatus(status);
		};
		throw new KatibException(type, status == 404 ? "The MCP session was not found; initialise a new one." : detail);
	}
}
