package dev.katib.assistant;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.accounts.Caller;
import dev.katib.assistant.internal.ToolCalls;
import dev.katib.support.TestAccounts;

/** Calls the assistant's tools as a member, with arguments written as JSON, and reads their audit entries. */
final class ToolCallsFixture {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ToolCalls tools;
	private final JdbcClient jdbc;

	ToolCallsFixture(ToolCalls tools, JdbcClient jdbc) {
		this.tools = tools;
		this.jdbc = jdbc;
	}

	static Caller caller(TestAccounts.Account account) {
		return new Caller(account.tenantId(), account.memberId(), account.email(), account.roles(), Locale.forLanguageTag("ar"),
				"192.0.2.7");
	}

	JsonNode call(TestAccounts.Account account, String tool, Object arguments) {
		return JSON.readTree(tools.call(caller(account), tool, json(arguments), ToolCalls.Channel.CHAT));
	}

	static String json(Object arguments) {
		return arguments instanceof String text ? text : JSON.writeValueAsString(arguments);
	}

	/** The table of a source, as the tools' arguments name it. */
	static Map<String, Object> table(String sourceId, String baseId, String tableId) {
		return Map.of("sourceId", sourceId, "baseId", baseId, "tableId", tableId);
	}

	/** The newest audit entry of the member's calls of this tool. */
	Map<String, Object> lastAudit(TestAccounts.Account account, String tool) {
		return jdbc.sql("""
				SELECT actor_id, outcome, source_address, details::text AS details FROM audit_entry
				WHERE tenant_id = :tenant AND action = 'assistant.tool-called' AND target_id = :tool AND actor_id = :actor
				ORDER BY sequence DESC LIMIT 1""")
			.param("tenant", account.tenantId())
			.param("tool", tool)
			.param("actor", account.memberId())
			.query()
			.singleRow();
	}

	static UUID uuid(JsonNode node) {
		return UUID.fromString(node.asString());
	}
}
