package dev.katib.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.platform.Inputs;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Each organisation's writing knowledge: its categories, style rules, reference letters, recipients directory
 * and its writers' own preferences. Every method is limited to the organisation it is given.
 */
@Service
public class WritingKnowledge {

	/** The longest introduction paragraph of an organisation. */
	public static final int MAX_INTRODUCTION = 1_500;

	private final CategoryRows categories;
	private final StyleRuleRows rules;
	private final ReferenceLetterRows referenceLetters;
	private final PreferenceRows preferences;
	private final RecipientRows recipients;
	private final JdbcAggregateTemplate rows;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final RecipientsDirectory directory;

	WritingKnowledge(CategoryRows categories, StyleRuleRows rules, ReferenceLetterRows referenceLetters,
			PreferenceRows preferences, RecipientRows recipients, JdbcAggregateTemplate rows, JdbcClient jdbc, Clock clock,
			RecipientsDirectory directory) {
		this.categories = categories;
		this.rules = rules;
		this.referenceLetters = referenceLetters;
		this.preferences = preferences;
		this.recipients = recipients;
		this.rows = rows;
		this.jdbc = jdbc;
		this.clock = clock;
		this.directory = directory;
	}

	/**
	 * Gives the organisation the seven seed categories it does not have yet, in one statement that a second
	 * caller at the same moment cannot make fail: running it again, or at once, adds nothing.
	 */
	@Transactional
	public List<CategoryDefinition> seedCategories(UUID tenantId) {
		// a microsecond apart, so that they are listed in the order writers are offered them
		java.time.Instant now = clock.instant();
		for (int i = 0; i < SeedCategories.ALL.size(); i++) {
			CategoryRow row = CategoryRow.of(Ids.newId(clock), tenantId, SeedCategories.ALL.get(i), now.plusNanos(i * 1_000L));
			jdbc.sql("""
					INSERT INTO knowledge_category (id, tenant_id, category_key, arabic_name, english_name, closing_style,
					  arabic_closing, english_closing, basmala, arabic_subject, english_subject, created_at)
					VALUES (:id, :tenant, :key, :arabicName, :englishName, :closingStyle, :arabicClosing, :englishClosing,
					  :basmala, :arabicSubject, :englishSubject, :createdAt)
					ON CONFLICT (tenant_id, category_key) DO NOTHING""")
				.param("id", row.id())
				.param("tenant", tenantId)
				.param("key", row.categoryKey())
				.param("arabicName", row.arabicName())
				.param("englishName", row.englishName())
				.param("closingStyle", row.closingStyle())
				.param("arabicClosing", row.arabicClosing())
				.param("englishClosing", row.englishClosing())
				.param("basmala", row.basmala())
				.param("arabicSubject", row.arabicSubject())
				.param("englishSubject", row.englishSubject())
				.param("createdAt", java.sql.Timestamp.from(row.createdAt()))
				.update();
		}
		return categories(tenantId);
	}

	/**
	 * Adds a category of the organisation's own.
	 *
	 * @throws KatibException conflict when the organisation already has a category with that key
	 */
	@Transactional
	public void addCategory(UUID tenantId, CategoryDefinition category) {
		if (categories.findByTenantIdAndCategoryKey(tenantId, category.key()).isPresent()) {
			throw new KatibException(ProblemType.CONFLICT, "The organisation already has a category with this key.",
					Map.of("field", "category.key"));
		}
		rows.insert(CategoryRow.of(Ids.newId(clock), tenantId, category, clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<CategoryDefinition> categories(UUID tenantId) {
		return categories.findByTenantIdOrderByCreatedAtAscCategoryKeyAsc(tenantId)
			.stream()
			.map(CategoryRow::definition)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<CategoryDefinition> category(UUID tenantId, String key) {
		return categories.findByTenantIdAndCategoryKey(tenantId, key).map(CategoryRow::definition);
	}

	@Transactional
	public UUID addStyleRule(UUID tenantId, StyleRule rule) {
		UUID id = Ids.newId(clock);
		rows.insert(new StyleRuleRow(id, tenantId, rule.categoryKey(), rule.text(), clock.instant()));
		return id;
	}

	@Transactional
	public UUID addReferenceLetter(UUID tenantId, ReferenceLetter letter) {
		UUID id = Ids.newId(clock);
		rows.insert(new ReferenceLetterRow(id, tenantId, letter.categoryKey(), letter.text(), clock.instant()));
		return id;
	}

	@Transactional
	public UUID addPreference(UUID tenantId, WriterPreference preference) {
		UUID id = Ids.newId(clock);
		rows.insert(new PreferenceRow(id, tenantId, preference.writerId(), preference.text(), clock.instant()));
		return id;
	}

	/** The writer's own preferences, which only they see and edit. */
	@Transactional(readOnly = true)
	public List<WriterPreference> preferences(UUID tenantId, UUID writerId) {
		return preferences.findByTenantIdAndWriterIdOrderByCreatedAtAsc(tenantId, writerId)
			.stream()
			.map(PreferenceRow::preference)
			.toList();
	}

	/**
	 * Removes one of the writer's own preferences.
	 *
	 * @throws KatibException not found when the writer has no such preference (another writer's included)
	 */
	@Transactional
	public void removePreference(UUID tenantId, UUID writerId, UUID preferenceId) {
		if (preferences.deleteByTenantIdAndWriterIdAndId(tenantId, writerId, preferenceId) == 0) {
			throw KatibException.notFound("The preference");
		}
	}

	/** The organisation's introduction paragraph in this language, put in a first letter to a recipient. */
	@Transactional(readOnly = true)
	public Optional<String> introduction(UUID tenantId, Language language) {
		return jdbc.sql("SELECT text FROM knowledge_introduction WHERE tenant_id = :tenantId AND language = :language")
			.param("tenantId", tenantId)
			.param("language", language.code())
			.query(String.class)
			.optional();
	}

	/**
	 * Sets or, with a blank text, removes the organisation's introduction paragraph in this language.
	 *
	 * @throws KatibException invalid when the text is longer than {@value DraftingRequest#MAX_INTRODUCTION}
	 *         characters
	 */
	@Transactional
	public void setIntroduction(UUID tenantId, Language language, @Nullable String text) {
		String introduction = Inputs.optional(text, "introduction", MAX_INTRODUCTION);
		if (introduction == null) {
			jdbc.sql("DELETE FROM knowledge_introduction WHERE tenant_id = :tenantId AND language = :language")
				.param("tenantId", tenantId)
				.param("language", language.code())
				.update();
			return;
		}
		jdbc.sql("""
				INSERT INTO knowledge_introduction (tenant_id, language, text, updated_at)
				VALUES (:tenantId, :language, :text, :now)
				ON CONFLICT (tenant_id, language) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at""")
			.param("tenantId", tenantId)
			.param("language", language.code())
			.param("text", introduction)
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * Adds a recipient to the organisation's directory.
	 *
	 * @throws KatibException invalid e-mail or phone, or limit reached when the directory is full
	 */
	@Transactional
	public UUID addRecipient(UUID tenantId, Recipient recipient, @Nullable String email, @Nullable String phone) {
		return directory.add(tenantId, recipient, email, phone).id();
	}

	/**
	 * At most {@code limit} (up to {@value RecipientsDirectory#MAX_PAGE_SIZE}) entries of the organisation's
	 * directory whose name, job title or organisation contains the query, Arabic spellings normalised; the first
	 * entries by name for a blank query. For a recipient picker.
	 */
	@Transactional(readOnly = true)
	public List<RecipientEntry> searchRecipients(UUID tenantId, String query, int limit) {
		return directory.search(tenantId, query, limit);
	}

	@Transactional(readOnly = true)
	public Optional<Recipient> recipient(UUID tenantId, UUID recipientId) {
		return recipients.findByTenantIdAndId(tenantId, recipientId).map(RecipientRow::recipient);
	}

	/**
	 * What shapes a draft of this category by this writer: the organisation's rules for every category and for
	 * this one, the category's reference letters, and the writer's own preferences only.
	 */
	@Transactional(readOnly = true)
	public DraftingKnowledge forDrafting(UUID tenantId, UUID writerId, String categoryKey,
			@Nullable String repliedLetterText) {
		return new DraftingKnowledge(writerId,
				rules.findApplying(tenantId, categoryKey).stream().map(StyleRuleRow::rule).toList(),
				referenceLetters.findByTenantIdAndCategoryKeyOrderByCreatedAtAsc(tenantId, categoryKey)
					.stream()
					.map(ReferenceLetterRow::letter)
					.toList(),
				preferences.findByTenantIdAndWriterIdOrderByCreatedAtAsc(tenantId, writerId)
					.stream()
					.map(PreferenceRow::preference)
					.toList(),
				repliedLetterText);
	}
}
