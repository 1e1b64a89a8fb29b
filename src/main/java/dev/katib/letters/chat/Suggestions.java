package dev.katib.letters.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.katib.platform.Ids;

/** The preferences offered to each writer, and what they decided; one writer's only, per call. */
@Repository
class Suggestions {

	private final JdbcClient jdbc;
	private final Clock clock;

	Suggestions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Suggestion offer(UUID tenantId, UUID writerId, UUID letterId, UUID messageId, String text) {
		var suggestion = new Suggestion(Ids.newId(clock), letterId, messageId, text, Suggestion.OFFERED,
				clock.instant());
		jdbc.sql("""
				INSERT INTO letters_preference_suggestion (id, tenant_id, writer_id, letter_id, message_id, text, status,
				  created_at)
				VALUES (:id, :tenant, :writer, :letter, :message, :text, 'OFFERED', :at)
				""")
			.param("id", suggestion.id())
			.param("tenant", tenantId)
			.param("writer", writerId)
			.param("letter", letterId)
			.param("message", messageId)
			.param("text", text)
			.param("at", OffsetDateTime.ofInstant(suggestion.createdAt(), ZoneOffset.UTC))
			.update();
		return suggestion;
	}

	/** Every suggestion ever made to the writer, decided ones included, so none is offered twice. */
	List<Suggestion> of(UUID tenantId, UUID writerId) {
		return jdbc.sql("""
				SELECT * FROM letters_preference_suggestion WHERE tenant_id = :tenant AND writer_id = :writer
				ORDER BY created_at, id
				""").param("tenant", tenantId).param("writer", writerId).query(Suggestions::suggestion).list();
	}

	Optional<Suggestion> find(UUID tenantId, UUID writerId, UUID id) {
		return jdbc.sql("""
				SELECT * FROM letters_preference_suggestion WHERE tenant_id = :tenant AND writer_id = :writer AND id = :id
				FOR UPDATE
				""")
			.param("tenant", tenantId)
			.param("writer", writerId)
			.param("id", id)
			.query(Suggestions::suggestion)
			.optional();
	}

	void decide(UUID tenantId, UUID id, String status) {
		jdbc.sql("""
				UPDATE letters_preference_suggestion SET status = :status, decided_at = :at
				WHERE tenant_id = :tenant AND id = :id
				""")
			.param("status", status)
			.param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.param("tenant", tenantId)
			.param("id", id)
			.update();
	}

	private static Suggestion suggestion(ResultSet row, int number) throws SQLException {
		return new Suggestion(row.getObject("id", UUID.class), row.getObject("letter_id", UUID.class),
				row.getObject("message_id", UUID.class), row.getString("text"), row.getString("status"),
				row.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
