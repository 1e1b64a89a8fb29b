package dev.katib.assistant.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.ai.ChatMessage;

/**
 * The rows of conversations and their messages. Every query names the organisation and the member, so a
 * conversation is only ever found by its owner.
 */
@Component
class ConversationStore {

	private static final String COLUMNS = """
			c.id, c.title, c.created_at, c.updated_at,
			(SELECT count(*) FROM assistant_message m WHERE m.conversation_id = c.id) AS messages""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ConversationStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(UUID tenantId, UUID memberId, UUID id, String title, Instant now) {
		jdbc.sql("""
				INSERT INTO assistant_conversation (id, tenant_id, member_id, title, created_at, updated_at)
				VALUES (:id, :tenant, :member, :title, :now, :now)""")
			.param("id", id).param("tenant", tenantId).param("member", memberId).param("title", title)
			.param("now", Timestamp.from(now))
			.update();
	}

	Optional<Conversation> find(UUID tenantId, UUID memberId, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM assistant_conversation c"
				+ " WHERE c.tenant_id = :tenant AND c.member_id = :member AND c.id = :id")
			.param("tenant", tenantId).param("member", memberId).param("id", id)
			.query(ConversationStore::conversation)
			.optional();
	}

	List<Conversation> list(UUID tenantId, UUID memberId, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM assistant_conversation c"
				+ " WHERE c.tenant_id = :tenant AND c.member_id = :member ORDER BY c.updated_at DESC, c.id LIMIT :limit")
			.param("tenant", tenantId).param("member", memberId).param("limit", limit)
			.query(ConversationStore::conversation)
			.list();
	}

	boolean rename(UUID tenantId, UUID memberId, UUID id, String title, Instant now) {
		return jdbc.sql("""
				UPDATE assistant_conversation SET title = :title, updated_at = :now
				WHERE tenant_id = :tenant AND member_id = :member AND id = :id""")
			.param("title", title).param("now", Timestamp.from(now))
			.param("tenant", tenantId).param("member", memberId).param("id", id)
			.update() == 1;
	}

	boolean delete(UUID tenantId, UUID memberId, UUID id) {
		return jdbc.sql("DELETE FROM assistant_conversation WHERE tenant_id = :tenant AND member_id = :member AND id = :id")
			.param("tenant", tenantId).param("member", memberId).param("id", id)
			.update() == 1;
	}

	/** The messages of a conversation the caller has found, in order. */
	List<ChatMessage> messages(UUID tenantId, UUID id) {
		return jdbc.sql("""
				SELECT kind, body::text AS body FROM assistant_message
				WHERE tenant_id = :tenant AND conversation_id = :id ORDER BY position""")
			.param("tenant", tenantId).param("id", id)
			.query((rs, row) -> message(rs.getString("kind"), rs.getString("body")))
			.list();
	}

	/** The positions of the answers a member stopped, in a conversation the caller has found. */
	java.util.Set<Integer> stopped(UUID tenantId, UUID id) {
		return new java.util.HashSet<>(jdbc.sql("""
				SELECT position FROM assistant_message
				WHERE tenant_id = :tenant AND conversation_id = :id AND stopped""")
			.param("tenant", tenantId).param("id", id)
			.query(Integer.class).list());
	}

	/**
	 * Adds messages after the {@code first} already kept, and marks the conversation changed.
	 *
	 * @param lastStopped whether the last added message is an answer the member stopped
	 */
	void append(UUID tenantId, UUID id, int first, List<ChatMessage> added, boolean lastStopped, Instant now) {
		for (int i = 0; i < added.size(); i++) {
			ChatMessage message = added.get(i);
			jdbc.sql("""
					INSERT INTO assistant_message (conversation_id, position, tenant_id, kind, body, stopped, created_at)
					VALUES (:id, :position, :tenant, :kind, CAST(:body AS JSONB), :stopped, :now)""")
				.param("id", id).param("position", first + i).param("tenant", tenantId)
				.param("kind", kind(message)).param("body", json.writeValueAsString(message))
				.param("stopped", lastStopped && i == added.size() - 1)
				.param("now", Timestamp.from(now))
				.update();
		}
		jdbc.sql("UPDATE assistant_conversation SET updated_at = :now WHERE tenant_id = :tenant AND id = :id")
			.param("now", Timestamp.from(now)).param("tenant", tenantId).param("id", id)
			.update();
	}

	/**
	 * Marks a turn as running in the owner's conversation, unless another runs that started after {@code stale}
	 * (one that started before is taken as lost with its instance).
	 *
	 * @return whether the turn may run
	 */
	boolean beginTurn(UUID tenantId, UUID memberId, UUID id, Instant now, Instant stale) {
		return jdbc.sql("""
				UPDATE assistant_conversation SET turn_started_at = :now, stop_requested = FALSE
				WHERE tenant_id = :tenant AND member_id = :member AND id = :id
				AND (turn_started_at IS NULL OR turn_started_at < :stale)""")
			.param("now", Timestamp.from(now)).param("stale", Timestamp.from(stale))
			.param("tenant", tenantId).param("member", memberId).param("id", id)
			.update() == 1;
	}

	void endTurn(UUID tenantId, UUID id) {
		jdbc.sql("""
				UPDATE assistant_conversation SET turn_started_at = NULL, stop_requested = FALSE
				WHERE tenant_id = :tenant AND id = :id""")
			.param("tenant", tenantId).param("id", id)
			.update();
	}

	/** Asks the turn running in the owner's conversation to stop; whether one runs. */
	boolean requestStop(UUID tenantId, UUID memberId, UUID id) {
		return jdbc.sql("""
				UPDATE assistant_conversation SET stop_requested = TRUE
				WHERE tenant_id = :tenant AND member_id = :member AND id = :id AND turn_started_at IS NOT NULL""")
			.param("tenant", tenantId).param("member", memberId).param("id", id)
			.update() == 1;
	}

	boolean stopRequested(UUID tenantId, UUID id) {
		return jdbc.sql("SELECT stop_requested FROM assistant_conversation WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId).param("id", id)
			.query(Boolean.class).optional().orElse(true);
	}

	private ChatMessage message(String kind, String body) {
		return switch (kind) {
			case "USER" -> json.readValue(body, ChatMessage.User.class);
			case "ASSISTANT" -> json.readValue(body, ChatMessage.Assistant.class);
			default -> json.readValue(body, ChatMessage.ToolResult.class);
		};
	}

	private static String kind(ChatMessage message) {
		return switch (message) {
			case ChatMessage.User user -> "USER";
			case ChatMessage.Assistant answer -> "ASSISTANT";
			case ChatMessage.ToolResult result -> "TOOL_RESULT";
		};
	}

	private static Conversation conversation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Conversation(rs.getObject("id", UUID.class), rs.getString("title"), rs.getInt("messages"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}
}
