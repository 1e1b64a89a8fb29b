package dev.katib.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.platform.Inputs;
import dev.katib.platform.ArabicText;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;

/**
 * The organisation's recipients directory: the people and bodies its letters are addressed to, found by any
 * part of their name, job title or organisation however the Arabic is spelled.
 */
@Service
public class RecipientsDirectory {

	/** The longest search text accepted. */
	public static final int MAX_QUERY = 100;

	/** The most entries a page or a search answers with. */
	public static final int MAX_PAGE_SIZE = 100;

	private static final String COLUMNS = """
			id, tenant_id, name, honorific, job_title, gender, organisation, email, phone, search_text, created_at,
			updated_at, version""";

	private final RecipientRows recipients;
	private final JdbcAggregateTemplate rows;
	private final JdbcClient jdbc;
	private final LettersInUse letters;
	private final Clock clock;

	RecipientsDirectory(RecipientRows recipients, JdbcAggregateTemplate rows, JdbcClient jdbc, LettersInUse letters,
			Clock clock) {
		this.recipients = recipients;
		this.rows = rows;
		this.jdbc = jdbc;
		this.letters = letters;
		this.clock = clock;
	}

	/**
	 * Adds an entry.
	 *
	 * @throws KatibException invalid e-mail or phone; limit reached when the directory is full
	 */
	@Transactional
	public RecipientEntry add(UUID tenantId, Recipient recipient, @Nullable String email, @Nullable String phone) {
		ContactDetails contact = new ContactDetails(email, phone);
		KnowledgeLimits.check(count(tenantId, ""), KnowledgeLimits.RECIPIENTS, "recipients in the directory");
		RecipientRow row = RecipientRow.of(Ids.newId(clock), tenantId, recipient, contact.email(), contact.phone(),
				clock.instant());
		rows.insert(row);
		return row.entry();
	}

	@Transactional(readOnly = true)
	public Optional<RecipientEntry> find(UUID tenantId, UUID recipientId) {
		return recipients.findByTenantIdAndId(tenantId, recipientId).map(RecipientRow::entry);
	}

	/**
	 * A page of the entries whose name, job title or organisation contains the query (all entries for a blank
	 * one), in the order of their names.
	 */
	@Transactional(readOnly = true)
	public RecipientPage page(UUID tenantId, @Nullable String query, int page, int size) {
		int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
		int number = Math.max(page, 0);
		String pattern = pattern(query);
		List<RecipientEntry> items = jdbc.sql("SELECT " + COLUMNS + """
				 FROM knowledge_recipient
				WHERE tenant_id = :tenantId AND search_text LIKE :pattern ESCAPE '\\'
				ORDER BY search_text, id
				LIMIT :limit OFFSET :offset""")
			.param("tenantId", tenantId)
			.param("pattern", pattern)
			.param("limit", pageSize)
			.param("offset", (long) number * pageSize)
			.query(RecipientRow.class)
			.stream()
			.map(RecipientRow::entry)
			.toList();
		return new RecipientPage(items, count(tenantId, pattern), number, pageSize);
	}

	/** At most {@code limit} entries matching the query, for a picker. */
	@Transactional(readOnly = true)
	public List<RecipientEntry> search(UUID tenantId, @Nullable String query, int limit) {
		return page(tenantId, query, 0, limit).items();
	}

	/**
	 * Changes an entry. Letters already drafted keep the recipient as they were written.
	 *
	 * @param seen the version the change was made on, when the caller knows it
	 * @throws KatibException not found for an entry of another organisation, invalid for bad input, conflict when
	 *         the entry changed since {@code seen} or changes meanwhile
	 */
	@Transactional
	public RecipientEntry update(UUID tenantId, UUID recipientId, Recipient recipient, @Nullable String email,
			@Nullable String phone, @Nullable Long seen) {
		ContactDetails contact = new ContactDetails(email, phone);
		RecipientRow row = recipients.findByTenantIdAndId(tenantId, recipientId)
			.orElseThrow(() -> KatibException.notFound("The recipient"));
		long stored = row.entry().version();
		RowVersions.requireSeen(seen, stored, "this recipient");
		RecipientRow changed = row.changedTo(recipient, contact.email(), contact.phone(), clock.instant());
		return RowVersions.updated(() -> rows.update(changed), "this recipient").entry();
	}

	/**
	 * Removes an entry no letter is addressed to.
	 *
	 * @throws KatibException not found, or recipient in use when letters refer to it
	 */
	@Transactional
	public void remove(UUID tenantId, UUID recipientId) {
		if (recipients.findByTenantIdAndId(tenantId, recipientId).isEmpty()) {
			throw KatibException.notFound("The recipient");
		}
		if (letters.recipientAddressed(tenantId, recipientId)) {
			throw new KatibException(KnowledgeProblems.RECIPIENT_IN_USE,
					"Letters are addressed to this recipient, so it stays in the directory.");
		}
		jdbc.sql("DELETE FROM knowledge_recipient WHERE tenant_id = :tenantId AND id = :id")
			.param("tenantId", tenantId)
			.param("id", recipientId)
			.update();
	}

	private long count(UUID tenantId, String pattern) {
		return jdbc.sql("""
				SELECT count(*) FROM knowledge_recipient
				WHERE tenant_id = :tenantId AND (:pattern = '' OR search_text LIKE :pattern ESCAPE '\\')""")
			.param("tenantId", tenantId)
			.param("pattern", pattern)
			.query(Long.class)
			.single();
	}

	private static String pattern(@Nullable String query) {
		if (query == null || query.isBlank()) {
			return "%";
		}
		String cleaned = query.strip();
		if (cleaned.codePointCount(0, cleaned.length()) > MAX_QUERY) {
			throw Inputs.invalid("q", "A search is at most " + MAX_QUERY + " characters.");
		}
		String normalised = ArabicText.searchable(cleaned);
		return "%" + normalised.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}
}
