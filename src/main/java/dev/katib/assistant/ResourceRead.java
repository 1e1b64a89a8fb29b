package dev.katib.assistant;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.platform.AuditRecord;
import dev.katib.platform.AuditableEvent;

/**
 * An MCP client read a resource (a letter or an archived document): the audit trail keeps who read which kind of
 * resource, a fingerprint of its URI (never the URI's ids in the clear beside the result), how large the content was,
 * how long the read took and how it ended, as it keeps the tools' calls ({@link ToolCalled}).
 *
 * @param tenantId the caller's organisation
 * @param actorId the member (the API key's creator)
 * @param actor a readable name for the member
 * @param resource the resource template's name: {@code letter} or {@code archived-document}
 * @param uriSha256 the SHA-256 of the URI as it was asked for, in hexadecimal
 * @param resultBytes the size of the content sent, in bytes (a document's stored bytes); 0 when it failed
 * @param latency how long the read took
 * @param outcome success, failure (not found, invalid), or denied for a missing permission
 * @param problem the problem type when it did not succeed
 * @param sourceAddress the client address
 * @param at when it ended
 */
public record ResourceRead(UUID tenantId, UUID actorId, String actor, String resource, String uriSha256,
		long resultBytes, Duration latency, AuditRecord.Outcome outcome, @Nullable String problem,
		@Nullable String sourceAddress, Instant at) implements AuditableEvent {

	@Override
	public AuditRecord audit() {
		Map<String, String> details = new java.util.LinkedHashMap<>();
		details.put("resource", resource);
		details.put("channel", "mcp");
		details.put("uriSha256", uriSha256);
		details.put("resultBytes", Long.toString(resultBytes));
		details.put("latencyMs", Long.toString(latency.toMillis()));
		if (problem != null) {
			details.put("problem", problem);
		}
		return new AuditRecord(tenantId, actorId, actor, "assistant.resource-read", "resource", resource, outcome,
				sourceAddress, at, details);
	}
}
