package dev.katib.letters.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.katib.accounts.Caller;
import dev.katib.letters.PersonView;
import dev.katib.platform.Ids;

/** The stored chat of each letter, in the order it was written; limited to one organisation per call. */
@Repository
class ChatMessages {

	private final JdbcClient jdbc;
	private final Clock clock;

	ChatMessages(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	ChatMessage instruction(Caller caller, UUID letterId, String text) {
		return insert(caller, letterId, null, ChatMessage.USER, text, null, null, null);
	}

	/** The answer to an instruction: what changed, or why nothing did. */
	ChatMessage answer(Caller caller, UUID letterId, UUID instructionId, String text, @Nullable String summary,
			@Nullable Integer version, @Nullable String problem) {
		return insert(caller, letterId, instructionId, ChatMessage.ASSISTANT, text, summary, version, problem);
	}

	/** Whether the instruction was answered already. */
	boolean answered(UUID tenantId, UUID instructionId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM letters_chat_message WHERE tenant_id = :tenant AND answers = :id)")
			.param("tenant", tenantId)
			.param("id", instructionId)
			.query(Boolean.class)
			.single();
	}

	private ChatMessage insert(Caller caller, UUID letterId, @Nullable UUID instructionId, String role, String text,
			@Nullable String summary, @Nullable Integer version, @Nullable String problem) {
		var message = new ChatMessage(Ids.newId(clock), role, text, summary, version, problem,
				new PersonView(caller.userId(), caller.name()), clock.instant());
		jdbc.sql("""
				INSERT INTO letters_chat_message (id, tenant_id, letter_id, author_id, author_name, role, text, summary,
				  version_number, problem_type, answers, created_at)
				VALUES (:id, :tenant, :letter, :author, :authorName, :role, :text, :summary, :version, :problem,
				  :answers, :at)
				""")
			.param("id", message.id())
			.param("tenant", caller.tenantId())
			.param("letter", letterId)
			.param("author", caller.userId())
			.param("authorName", caller.name())
			.param("role", role)
			.param("text", text)
			.param("summary", summary)
			.param("version", version)
			.param("problem", problem)
			.param("answers", instructionId, java.sql.Types.OTHER)
			.param("at", OffsetDateTime.ofInstant(message.createdAt(), java.time.ZoneOffset.UTC))
			.update();
		return message;
	}

	List<ChatMessage> of(UUID tenantId, UUID letterId) {
		return jdbc.sql("""
				SELECT * FROM letters_chat_message WHERE tenant_id = :tenant AND letter_id = :letter ORDER BY position
				""").param("tenant", tenantId).param("letter", letterId).query(ChatMessages::message).list();
	}

	/** The writer's earlier instructions on any of their letters, newest first. */
	List<String> instructionsBy(UUID tenantId, UUID authorId, int limit) {
		return jdbc.sql("""
				SELECT text FROM letters_chat_message
				WHERE tenant_id = :tenant AND author_id = :author AND role = 'USER'
				ORDER BY position DESC LIMIT :limit
				""")
			.param("tenant", tenantId)
			.param("author", authorId)
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	private static ChatMessage message(ResultSet row, int number) throws SQLException {
		int version = row.getInt("version_number");
		Integer versionNumber = row.wasNull() ? null : version;
		Instant createdAt = row.getObject("created_at", OffsetDateTime.class).toInstant();
		return new ChatMessage(row.getObject("id", UUID.class), row.getString("role"), row.getString("text"),
				row.getString("summary"), versionNumber, row.getString("problem_type"),
				new PersonView(row.getObject("author_id", UUID.class), row.getString("author_name")), createdAt);
	}
}
