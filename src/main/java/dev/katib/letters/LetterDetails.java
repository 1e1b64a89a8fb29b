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

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.katib.letters.addressing.Gender;
import dev.katib.letters.addressing.Recipient;
import dev.katib.platform.ArabicText;

/**
 * What the application layer keeps on a letter beyond its history: the recipient as drafted, the drafting
 * state, the text it is found by, and the names of the members who wrote. Every query is limited to one
 * organisation.
 */
@Component
class LetterDetails {

	private static final String COLUMNS = """
			id, tenant_id, writer_id, category_key, language, status, recipient_id, recipient_name,
			recipient_honorific, recipient_job_title, recipient_gender, recipient_organisation, reply_to_id,
			follows_up_id, created_at, drafting, drafting_problem""";

	private final JdbcClient jdbc;
	private final Clock clock;

	LetterDetails(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Puts the recipient on a letter just opened, and marks it as being drafted. */
	void drafting(UUID tenantId, UUID letterId, Recipient recipient) {
		jdbc.sql("""
				UPDATE letters_letter SET recipient_name = :name, recipient_honorific = :honorific,
				    recipient_job_title = :jobTitle, recipient_gender = :gender, recipient_organisation = :organisation,
				    recipient_key = :key, drafting = 'WRITING', search_text = :search
				WHERE tenant_id = :tenantId AND id = :id""")
			.param("name", recipient.name(), Types.VARCHAR)
			.param("honorific", recipient.honorific().code())
			.param("jobTitle", recipient.jobTitle(), Types.VARCHAR)
			.param("gender", recipient.gender() == null ? null : recipient.gender().name(), Types.VARCHAR)
			.param("organisation", recipient.organisation(), Types.VARCHAR)
			.param("key", recipientKey(recipient))
			.param("search", searchable(recipientText(recipient)))
			.param("tenantId", tenantId)
			.param("id", letterId)
			.update();
	}

	/**
	 * Whether the organisation has written to this recipient before: a letter to the same directory entry, or
	 * to the same name and organisation, whose drafting did not fail.
	 */
	boolean wroteTo(UUID tenantId, @Nullable UUID recipientId, Recipient recipient) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM letters_letter
				    WHERE tenant_id = :tenantId AND drafting <> 'FAILED'
				      AND (recipient_id = :recipientId OR recipient_key = :key))""")
			.param("tenantId", tenantId)
			.param("recipientId", recipientId, Types.OTHER)
			.param("key", recipientKey(recipient))
			.query(Boolean.class)
			.single();
	}

	/** The first version is stored (which made the letter's search text, see the migrations). */
	void drafted(UUID tenantId, UUID letterId) {
		jdbc.sql("UPDATE letters_letter SET drafting = 'DONE', drafting_problem = NULL "
				+ "WHERE tenant_id = :tenantId AND id = :id")
			.param("tenantId", tenantId)
			.param("id", letterId)
			.update();
	}

	/** No valid letter came; the problem detail says why. */
	void failed(UUID tenantId, UUID letterId, String problemJson) {
		jdbc.sql("UPDATE letters_letter SET drafting = 'FAILED', drafting_problem = :problem "
				+ "WHERE tenant_id = :tenantId AND id = :id")
			.param("problem", problemJson)
			.param("tenantId", tenantId)
			.param("id", letterId)
			.update();
	}

	Optional<LetterRecord> find(UUID tenantId, UUID letterId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM letters_letter WHERE tenant_id = :tenantId AND id = :id")
			.param("tenantId", tenantId)
			.param("id", letterId)
			.query(LetterDetails::record)
			.optional();
	}

	/** One page of the organisation's letters matching the filter, newest first, and how many match in all. */
	Found search(UUID tenantId, LetterFilter filter, int page, int size) {
		var where = new StringBuilder("tenant_id = :tenantId");
		Map<String, Object> params = new HashMap<>();
		params.put("tenantId", tenantId);
		if (present(filter.status())) {
			where.append(" AND status = :status");
			params.put("status", filter.status().strip());
		}
		if (present(filter.category())) {
			where.append(" AND category_key = :category");
			params.put("category", filter.category().strip());
		}
		if (present(filter.recipient())) {
			Optional<UUID> id = uuid(filter.recipient());
			if (id.isPresent()) {
				where.append(" AND recipient_id = :recipientId");
				params.put("recipientId", id.get());
			}
			else {
				where.append(" AND lower(concat_ws(' ', recipient_name, recipient_job_title, recipient_organisation))"
						+ " LIKE :recipientText ESCAPE '\\'");
				params.put("recipientText", "%" + escapeLike(filter.recipient().strip().toLowerCase()) + "%");
			}
		}
		if (present(filter.q())) {
			int i = 0;
			for (String word : searchable(filter.q()).split("\\s+")) {
				if (!word.isBlank()) {
					where.append(" AND search_text LIKE :q").append(i).append(" ESCAPE '\\'");
					params.put("q" + i++, "%" + escapeLike(word) + "%");
				}
			}
		}
		long total = jdbc.sql("SELECT count(*) FROM letters_letter WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<LetterRecord> items = jdbc
			.sql("SELECT " + COLUMNS + " FROM letters_letter WHERE " + where
					+ " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(LetterDetails::record)
			.list();
		return new Found(items, total);
	}

	record Found(List<LetterRecord> items, long total) {
	}

	/** Remembers the member's name as it is now, for the letters and versions they write. */
	void author(UUID tenantId, UUID memberId, String name) {
		jdbc.sql("""
				INSERT INTO letters_author (tenant_id, member_id, name, updated_at) VALUES (:tenantId, :memberId, :name, :now)
				ON CONFLICT (tenant_id, member_id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at""")
			.param("tenantId", tenantId)
			.param("memberId", memberId)
			.param("name", name)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** The names of these members, as far as Katib saw them write. */
	Map<UUID, String> authors(UUID tenantId, Collection<UUID> memberIds) {
		if (memberIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String> names = new HashMap<>();
		jdbc.sql("SELECT member_id, name FROM letters_author WHERE tenant_id = :tenantId AND member_id IN (:ids)")
			.param("tenantId", tenantId)
			.param("ids", new ArrayList<>(memberIds))
			.query((rs, row) -> names.put(rs.getObject("member_id", UUID.class), rs.getString("name")))
			.list();
		return names;
	}

	private static String recipientText(Recipient recipient) {
		return String.join(" ", nonNull(recipient.name()), nonNull(recipient.jobTitle()),
				nonNull(recipient.organisation()));
	}

	/** The recipient's name and organisation as a key: two spellings a reader treats as the same are one key. */
	static String recipientKey(Recipient recipient) {
		return searchable(nonNull(recipient.name())) + "|" + searchable(nonNull(recipient.organisation())) + "|"
				+ (recipient.name() == null ? searchable(nonNull(recipient.jobTitle())) : "");
	}

	static String searchable(String text) {
		return ArabicText.normalizeForSearch(text).replaceAll("\\s+", " ").strip();
	}

	private static LetterRecord record(ResultSet rs, int row) throws SQLException {
		String gender = rs.getString("recipient_gender");
		var recipient = new RecipientView(rs.getObject("recipient_id", UUID.class), rs.getString("recipient_name"),
				nonNull(rs.getString("recipient_honorific")), rs.getString("recipient_job_title"),
				gender == null ? null : Gender.valueOf(gender), rs.getString("recipient_organisation"));
		return new LetterRecord(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
				rs.getObject("writer_id", UUID.class), rs.getString("category_key"), rs.getString("language"),
				rs.getString("status"), recipient, rs.getObject("reply_to_id", UUID.class),
				rs.getObject("follows_up_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
				DraftingState.valueOf(rs.getString("drafting")), rs.getString("drafting_problem"));
	}

	private static boolean present(@Nullable String text) {
		return text != null && !text.isBlank();
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static String nonNull(@Nullable String text) {
		return text == null ? "" : text;
	}
}
