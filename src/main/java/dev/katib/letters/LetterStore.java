package dev.katib.letters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.LetterJson;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Stores letters and their versions: the one writer of {@code letters_letter} and {@code letters_letter_version}.
 * A letter's row is updated only if it is still the version that was read (an optimistic check on top of the
 * row lock its changes hold), and the events its changes registered are published in the same transaction.
 */
@Repository
class LetterStore {

	static final String COLUMNS = """
			l.id, l.tenant_id, l.writer_id, l.category_key, l.language, l.status, l.recipient_id, l.recipient_name,
			l.recipient_honorific, l.recipient_job_title, l.recipient_gender, l.recipient_organisation,
			l.recipient_key, l.reply_to_id, l.follows_up_id, l.created_at, l.drafting, l.drafting_problem,
			l.current_version, l.version""";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	LetterStore(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	Optional<Letter> find(UUID tenantId, UUID letterId) {
		return select(tenantId, letterId, "");
	}

	/** Reads the letter and holds its row until the transaction ends, so its changes are made one at a time. */
	Optional<Letter> lock(UUID tenantId, UUID letterId) {
		return select(tenantId, letterId, " FOR UPDATE");
	}

	void insert(Letter letter) {
		RecipientView recipient = letter.origin().recipient();
		jdbc.sql("""
				INSERT INTO letters_letter (id, tenant_id, writer_id, category_key, language, status, recipient_id,
				  recipient_name, recipient_honorific, recipient_job_title, recipient_gender, recipient_organisation,
				  recipient_key, reply_to_id, follows_up_id, created_at, drafting, drafting_problem, current_version,
				  version, search_text)
				VALUES (:id, :tenant, :writer, :category, :language, :status, :recipientId, :name, :honorific, :jobTitle,
				  :gender, :organisation, :key, :replyTo, :followsUp, :createdAt, :drafting, :problem, :current, 0,
				  letters_searchable(concat_ws(' ', :name, :jobTitle, :organisation)))""")
			.param("id", letter.id())
			.param("tenant", letter.tenantId())
			.param("writer", letter.writerId())
			.param("category", letter.categoryKey())
			.param("language", letter.language().code())
			.param("status", letter.status().name())
			.param("recipientId", recipient.id(), Types.OTHER)
			.param("name", recipient.name(), Types.VARCHAR)
			.param("honorific", recipient.honorific())
			.param("jobTitle", recipient.jobTitle(), Types.VARCHAR)
			.param("gender", recipient.gender() == null ? null : recipient.gender().name(), Types.VARCHAR)
			.param("organisation", recipient.organisation(), Types.VARCHAR)
			.param("key", letter.origin().recipientKey())
			.param("replyTo", letter.origin().replyTo(), Types.OTHER)
			.param("followsUp", letter.origin().followsUp(), Types.OTHER)
			.param("createdAt", Timestamp.from(letter.origin().createdAt()))
			.param("drafting", letter.drafting().name())
			.param("problem", letter.draftingProblem(), Types.VARCHAR)
			.param("current", letter.currentVersion())
			.update();
		stored(letter);
	}

	/**
	 * Stores the letter's changes.
	 *
	 * @throws KatibException conflict when the letter's row changed since it was read
	 */
	void save(Letter letter) {
		int updated = jdbc.sql("""
				UPDATE letters_letter SET status = :status, drafting = :drafting, drafting_problem = :problem,
				  current_version = :current, version = version + 1
				WHERE tenant_id = :tenant AND id = :id AND version = :revision""")
			.param("status", letter.status().name())
			.param("drafting", letter.drafting().name())
			.param("problem", letter.draftingProblem(), Types.VARCHAR)
			.param("current", letter.currentVersion())
			.param("tenant", letter.tenantId())
			.param("id", letter.id())
			.param("revision", letter.revision())
			.update();
		if (updated != 1) {
			throw new KatibException(ProblemType.CONFLICT, "The letter changed meanwhile; reload it.");
		}
		stored(letter);
	}

	List<LetterVersion> versions(UUID tenantId, UUID letterId) {
		return jdbc.sql("""
				SELECT number, content, author_id, source, model, input_tokens, output_tokens, created_at, restored_from
				FROM letters_letter_version WHERE tenant_id = :tenant AND letter_id = :letter ORDER BY number""")
			.param("tenant", tenantId)
			.param("letter", letterId)
			.query(LetterStore::version)
			.list();
	}

	Optional<LetterVersion> current(UUID tenantId, UUID letterId) {
		return jdbc.sql("""
				SELECT number, content, author_id, source, model, input_tokens, output_tokens, created_at, restored_from
				FROM letters_letter_version WHERE tenant_id = :tenant AND letter_id = :letter
				ORDER BY number DESC LIMIT 1""")
			.param("tenant", tenantId)
			.param("letter", letterId)
			.query(LetterStore::version)
			.optional();
	}

	/** The current version of each of these letters that has one, in one query. */
	Map<UUID, LetterVersion> currentOf(UUID tenantId, Collection<UUID> letterIds) {
		if (letterIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, LetterVersion> current = new HashMap<>();
		jdbc.sql("""
				SELECT DISTINCT ON (letter_id) letter_id, number, content, author_id, source, model, input_tokens, restored_from,
				       output_tokens, created_at
				FROM letters_letter_version WHERE tenant_id = :tenant AND letter_id IN (:letters)
				ORDER BY letter_id, number DESC""")
			.param("tenant", tenantId)
			.param("letters", new ArrayList<>(letterIds))
			.query((rs, row) -> current.put(rs.getObject("letter_id", UUID.class), version(rs, row)))
			.list();
		return current;
	}

	/** The organisation's letters in this status, oldest first: a queue. */
	List<Letter> withStatus(UUID tenantId, LetterStatus status, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM letters_letter l WHERE l.tenant_id = :tenant AND l.status = :status
				ORDER BY l.created_at, l.id LIMIT :limit""")
			.param("tenant", tenantId)
			.param("status", status.name())
			.param("limit", limit)
			.query(LetterStore::letter)
			.list();
	}

	List<Letter> withStatus(UUID tenantId, LetterStatus status, java.util.Collection<UUID> among, int limit) {
		if (among.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM letters_letter l WHERE l.tenant_id = :tenant AND l.status = :status AND l.id IN (:among)
				ORDER BY l.created_at, l.id LIMIT :limit""")
			.param("tenant", tenantId).param("status", status.name()).param("among", List.copyOf(among))
			.param("limit", limit)
			.query(LetterStore::letter)
			.list();
	}

	private Optional<Letter> select(UUID tenantId, UUID letterId, String lock) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM letters_letter l WHERE l.tenant_id = :tenant AND l.id = :id" + lock)
			.param("tenant", tenantId)
			.param("id", letterId)
			.query(LetterStore::letter)
			.optional();
	}

	/** Inserts the versions the letter's changes added, then publishes the events they registered. */
	private void stored(Letter letter) {
		Letter.Changes changes = letter.takeChanges();
		for (LetterVersion version : changes.versions()) {
			ModelUsage usage = version.usage();
			jdbc.sql("""
					INSERT INTO letters_letter_version (id, tenant_id, letter_id, number, content, author_id, source, model,
					  input_tokens, output_tokens, created_at, restored_from)
					VALUES (:id, :tenant, :letter, :number, :content, :author, :source, :model, :input, :output, :at,
					  :restoredFrom)""")
				.param("id", Ids.newId(clock))
				.param("tenant", letter.tenantId())
				.param("letter", letter.id())
				.param("number", version.number())
				.param("restoredFrom", version.restoredFrom(), Types.INTEGER)
				.param("content", LetterJson.write(version.letter()))
				.param("author", version.authorId())
				.param("source", version.source().name())
				.param("model", usage == null ? null : usage.model(), Types.VARCHAR)
				.param("input", usage == null ? null : usage.inputTokens(), Types.INTEGER)
				.param("output", usage == null ? null : usage.outputTokens(), Types.INTEGER)
				.param("at", Timestamp.from(version.createdAt()))
				.update();
		}
		changes.events().forEach(events::publishEvent);
	}

	static Letter letter(ResultSet rs, int row) throws SQLException {
		String gender = rs.getString("recipient_gender");
		String honorific = rs.getString("recipient_honorific");
		var recipient = new RecipientView(rs.getObject("recipient_id", UUID.class), rs.getString("recipient_name"),
				honorific == null ? "" : honorific, rs.getString("recipient_job_title"),
				gender == null ? null : Gender.valueOf(gender), rs.getString("recipient_organisation"));
		String key = rs.getString("recipient_key");
		var origin = new LetterOrigin(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
				rs.getObject("writer_id", UUID.class), rs.getString("category_key"),
				Language.fromCode(rs.getString("language")).orElseThrow(), recipient, key == null ? "" : key,
				rs.getObject("reply_to_id", UUID.class), rs.getObject("follows_up_id", UUID.class),
				rs.getTimestamp("created_at").toInstant());
		return new Letter(origin, rs.getLong("version"),
				LetterStatus.valueOf(rs.getString("status")), DraftingState.valueOf(rs.getString("drafting")),
				rs.getString("drafting_problem"), rs.getInt("current_version"));
	}

	static LetterVersion version(ResultSet rs, int row) throws SQLException {
		int number = rs.getInt("number");
		StructuredLetter letter = switch (LetterJson.read(rs.getString("content"))) {
			case Verdict.Accepted<StructuredLetter>(StructuredLetter stored) -> stored;
			case Verdict.Rejected<StructuredLetter> rejected -> throw new IllegalStateException(
					"version " + number + " cannot be read: " + rejected.violations());
		};
		String model = rs.getString("model");
		ModelUsage usage = model == null ? null
				: new ModelUsage(model, rs.getInt("input_tokens"), rs.getInt("output_tokens"));
		return new LetterVersion(number, letter, rs.getObject("author_id", UUID.class),
				VersionSource.valueOf(rs.getString("source")), usage, rs.getTimestamp("created_at").toInstant(),
				rs.getObject("restored_from", Integer.class));
	}
}
