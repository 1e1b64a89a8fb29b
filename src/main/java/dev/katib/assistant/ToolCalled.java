package dev.katib.assistant;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.platform.AuditRecord;
import dev.katib.platform.AuditableEvent;

/**
 * A tool of the assistant was called, by the chat or an MCP client: the audit trail keeps who called which tool,
 * a fingerprint of its arguments (never the arguments, which may hold personal data), how large its result was,
 * how long it took and how it ended.
 *
 * @param tenantId the caller's organisation
 * @param actorId the member (or the API key's creator)
 * @param actor a readable name for the member
 * @param tool the tool's name
 * @param channel {@code chat} or {@code mcp}
 * @param argumentsSha256 the SHA-256 of the arguments as they were sent, in hexadecimal
 * @param resultBytes the size of the result in UTF-8 bytes; 0 when it failed
 * @param latency how long the call took
 * @param outcome success, failure, or denied for a missing permission or scope
 * @param problem the problem type when it did not succeed
 * @param sourceAddress the client address
 * @param at when it ended
 */
public record ToolCalled(UUID tenantId, UUID actorId, String actor, String tool, String channel,
		String argumentsSha256, long resultBytes, Duration latency, AuditRecord.Outcome outcome,
		@Nullable String problem, @Nullable String sourceAddress, Instant at) implements AuditableEvent {

	@Override
	public AuditRecord audit() {
		Map<String, String> details = new java.util.LinkedHashMap<>();
		details.put("tool", tool);
		details.put("channel", channel);
		details.put("argumentsSha256", argumentsSha256);
		details.put("resultBytes", Long.toString(resultBytes));
		details.put("latencyMs", Long.toString(latency.toMillis()));
		if (problem != null) {
			details.put("problem", problem);
		}
		return new AuditRecord(tenantId, actorId, actor, "assistant.tool-called", "tool", tool, outcome, sourceAddress,
				at, details);
	}
}
