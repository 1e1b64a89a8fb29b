package dev.katib.letters;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.katib.knowledge.Recipient;
import dev.katib.platform.ArabicText;

/**
 * Finds letters: a page of them by status, category, recipient and words, whether the organisation wrote to a
 * recipient before, and the names of the members who wrote. Every query is limited to one organisation.
 */
@Component
class LetterDetails {

	/** How far a thread is followed up and down, far beyond any real exchange of letters. */
	private static final int MAX_THREAD_DEPTH = 50;

	private final JdbcClient jdbc;
	private final MatchCounts matchCounts;
	private final Clock clock;

	LetterDetails(JdbcClient jdbc, MatchCounts matchCounts, Clock clock) {
		this.jdbc = jdbc;
		this.matchCounts = matchCounts;
		this.clock = clock;
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

	/** One page of the organisation's letters matching the filter, newest first, and how many match in all. */
	Found search(UUID tenantId, LetterFilter filter, int page, int size) {
		var where = new StringBuilder("l.tenant_id = :tenantId");
		boolean readsText = present(filter.q());
		Map<String, Object> params = new HashMap<>();
		params.put("tenantId", tenantId);
		if (present(filter.status())) {
			where.append(" AND l.status = :status");
			params.put("status", filter.status().strip());
		}
		if (present(filter.category())) {
			where.append(" AND l.category_key = :category");
			params.put("category", filter.category().strip());
		}
		if (present(filter.recipient())) {
			Optional<UUID> id = uuid(filter.recipient());
			if (id.isPresent()) {
				where.append(" AND l.recipient_id = :recipientId");
				params.put("recipientId", id.get());
			}
			else {
				readsText = true;
				where.append(" AND strpos(lower(concat_ws(' ', l.recipient_name, l.recipient_job_title,"
						+ " l.recipient_organisation)), :recipientText) > 0");
				params.put("recipientText", filter.recipient().strip().toLowerCase(Locale.ROOT));
			}
		}
		if (present(filter.q())) {
			int i = 0;
			for (String word : searchable(filter.q()).split("\\s+")) {
				if (!word.isBlank()) {
					// strpos, not LIKE '%word%': PostgreSQL's LIKE walks multibyte text several times slower
					where.append(" AND strpos(l.search_text, :q").append(i).append(") > 0");
					params.put("q" + i++, word);
				}
			}
		}
		String condition = where.toString();
		long total = readsText
				? matchCounts.count(tenantId, condition, params, () -> count(condition, params))
				: count(condition, params);
		return new Found(page(condition, params, page, size), total);
	}

	private long count(String where, Map<String, Object> params) {
		return jdbc.sql("SELECT count(*) FROM letters_letter l WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	/** The page is read in the index's order, newest first, stopping as soon as it is full. */
	private List<Letter> page(String where, Map<String, Object> params, int page, int size) {
		return jdbc
			.sql("SELECT " + LetterStore.COLUMNS + " FROM letters_letter l WHERE " + where
					+ " ORDER BY l.created_at DESC, l.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(LetterStore::letter)
			.list();
	}

	record Found(List<Letter> items, long total) {
	}

	/**
	 * The thread the letter belongs to, from its first letter outwards (then oldest first): the letter it started
	 * from (followed up through replies and follow-ups) and every letter that replies to or follows up a letter of
	 * the thread, at most {@code limit}.
	 */
	List<Letter> thread(UUID tenantId, UUID letterId, int limit) {
		return jdbc.sql("""
				WITH RECURSIVE up (id, parent, depth) AS (
				    SELECT id, coalesce(reply_to_id, follows_up_id), 0 FROM letters_letter
				    WHERE tenant_id = :tenantId AND id = :letterId
				  UNION ALL
				    SELECT l.id, coalesce(l.reply_to_id, l.follows_up_id), up.depth + 1
				    FROM letters_letter l JOIN up ON l.id = up.parent
				    WHERE l.tenant_id = :tenantId AND up.depth < :depth),
				root AS (SELECT id FROM up ORDER BY depth DESC LIMIT 1),
				down (id, depth) AS (
				    SELECT id, 0 FROM root
				  UNION ALL
				    SELECT l.id, down.depth + 1
				    FROM letters_letter l JOIN down ON l.reply_to_id = down.id OR l.follows_up_id = down.id
				    WHERE l.tenant_id = :tenantId AND down.depth < :depth)
				""" + " SELECT " + LetterStore.COLUMNS + """
				 FROM letters_letter l JOIN (SELECT id, min(depth) AS depth FROM down GROUP BY id) d ON d.id = l.id
				WHERE l.tenant_id = :tenantId
				ORDER BY d.depth, l.created_at, l.id LIMIT :limit""")
			.param("tenantId", tenantId)
			.param("letterId", letterId)
			.param("depth", MAX_THREAD_DEPTH)
			.param("limit", limit)
			.query(LetterStore::letter)
			.list();
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

	/** The recipient's name and organisation as a key: two spellings a reader treats as the same are one key. */
	static String recipientKey(Recipient recipient) {
		return searchable(nonNull(recipient.name())) + "|" + searchable(nonNull(recipient.organisation())) + "|"
				+ (recipient.name() == null ? searchable(nonNull(recipient.jobTitle())) : "");
	}

	static String searchable(String text) {
		return ArabicText.searchable(text);
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

	private static String nonNull(@Nullable String text) {
		return text == null ? "" : text;
	}
}
