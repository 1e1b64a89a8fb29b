package dev.katib.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;

/**
 * The organisation's style rules and reference letters as its administrators edit them, within what one draft's
 * prompt carries.
 */
@Service
public class StyleGuide {

	private final JdbcAggregateTemplate rows;
	private final JdbcClient jdbc;
	private final CategoryCatalogue categories;
	private final Clock clock;

	StyleGuide(JdbcAggregateTemplate rows, JdbcClient jdbc, CategoryCatalogue categories, Clock clock) {
		this.rows = rows;
		this.jdbc = jdbc;
		this.categories = categories;
		this.clock = clock;
	}

	/** Every rule of the organisation, those for every category first; only one category's with a key. */
	@Transactional(readOnly = true)
	public List<StyleRuleEntry> rules(UUID tenantId, @Nullable String categoryKey) {
		return jdbc.sql("""
				SELECT * FROM knowledge_style_rule
				WHERE tenant_id = :tenantId AND (CAST(:categoryKey AS TEXT) IS NULL OR category_key = :categoryKey)
				ORDER BY category_key NULLS FIRST, created_at, id""")
			.param("tenantId", tenantId)
			.param("categoryKey", categoryKey)
			.query(StyleRuleRow.class)
			.stream()
			.map(row -> new StyleRuleEntry(row.id(), row.rule()))
			.toList();
	}

	/**
	 * Adds a rule.
	 *
	 * @throws KatibException invalid for an unknown category; limit reached when a category would have more rules
	 *         than a draft carries
	 */
	@Transactional
	public StyleRuleEntry addRule(UUID tenantId, StyleRule rule) {
		checkRoomForRule(tenantId, rule.categoryKey());
		UUID id = Ids.newId(clock);
		rows.insert(new StyleRuleRow(id, tenantId, rule.categoryKey(), rule.text(), clock.instant()));
		return new StyleRuleEntry(id, rule);
	}

	/** Changes a rule's text or the category it applies to. */
	@Transactional
	public StyleRuleEntry updateRule(UUID tenantId, UUID ruleId, StyleRule rule) {
		StyleRuleEntry current = rules(tenantId, null).stream()
			.filter(entry -> entry.id().equals(ruleId))
			.findFirst()
			.orElseThrow(() -> KatibException.notFound("The style rule"));
		if (!java.util.Objects.equals(current.rule().categoryKey(), rule.categoryKey())) {
			checkRoomForRule(tenantId, rule.categoryKey());
		}
		jdbc.sql("UPDATE knowledge_style_rule SET category_key = :categoryKey, text = :text WHERE tenant_id = :tenantId AND id = :id")
			.param("categoryKey", rule.categoryKey())
			.param("text", rule.text())
			.param("tenantId", tenantId)
			.param("id", ruleId)
			.update();
		return new StyleRuleEntry(ruleId, rule);
	}

	@Transactional
	public StyleRule removeRule(UUID tenantId, UUID ruleId) {
		StyleRule rule = rules(tenantId, null).stream()
			.filter(entry -> entry.id().equals(ruleId))
			.map(StyleRuleEntry::rule)
			.findFirst()
			.orElseThrow(() -> KatibException.notFound("The style rule"));
		jdbc.sql("DELETE FROM knowledge_style_rule WHERE tenant_id = :tenantId AND id = :id")
			.param("tenantId", tenantId)
			.param("id", ruleId)
			.update();
		return rule;
	}

	/** The reference letters of one category, or of every category without a key. */
	@Transactional(readOnly = true)
	public List<ReferenceLetterEntry> referenceLetters(UUID tenantId, @Nullable String categoryKey) {
		return jdbc.sql("""
				SELECT * FROM knowledge_reference_letter
				WHERE tenant_id = :tenantId AND (CAST(:categoryKey AS TEXT) IS NULL OR category_key = :categoryKey)
				ORDER BY category_key, created_at, id""")
			.param("tenantId", tenantId)
			.param("categoryKey", categoryKey)
			.query(ReferenceLetterRow.class)
			.stream()
			.map(row -> new ReferenceLetterEntry(row.id(), row.letter()))
			.toList();
	}

	/**
	 * Adds a reference letter.
	 *
	 * @throws KatibException invalid for an unknown category; limit reached when the category already has as many
	 *         as a draft carries
	 */
	@Transactional
	public ReferenceLetterEntry addReferenceLetter(UUID tenantId, ReferenceLetter letter) {
		categories.require(tenantId, letter.categoryKey(), "referenceLetter.category");
		KnowledgeLimits.check(referenceLetters(tenantId, letter.categoryKey()).size(),
				KnowledgeLimits.REFERENCE_LETTERS_PER_CATEGORY, "reference letters in a category");
		UUID id = Ids.newId(clock);
		rows.insert(new ReferenceLetterRow(id, tenantId, letter.categoryKey(), letter.text(), clock.instant()));
		return new ReferenceLetterEntry(id, letter);
	}

	@Transactional
	public ReferenceLetterEntry updateReferenceLetter(UUID tenantId, UUID letterId, ReferenceLetter letter) {
		ReferenceLetter current = referenceLetter(tenantId, letterId);
		if (!current.categoryKey().equals(letter.categoryKey())) {
			categories.require(tenantId, letter.categoryKey(), "referenceLetter.category");
			KnowledgeLimits.check(referenceLetters(tenantId, letter.categoryKey()).size(),
					KnowledgeLimits.REFERENCE_LETTERS_PER_CATEGORY, "reference letters in a category");
		}
		jdbc.sql("UPDATE knowledge_reference_letter SET category_key = :categoryKey, text = :text WHERE tenant_id = :tenantId AND id = :id")
			.param("categoryKey", letter.categoryKey())
			.param("text", letter.text())
			.param("tenantId", tenantId)
			.param("id", letterId)
			.update();
		return new ReferenceLetterEntry(letterId, letter);
	}

	@Transactional
	public ReferenceLetter removeReferenceLetter(UUID tenantId, UUID letterId) {
		ReferenceLetter letter = referenceLetter(tenantId, letterId);
		jdbc.sql("DELETE FROM knowledge_reference_letter WHERE tenant_id = :tenantId AND id = :id")
			.param("tenantId", tenantId)
			.param("id", letterId)
			.update();
		return letter;
	}

	private ReferenceLetter referenceLetter(UUID tenantId, UUID letterId) {
		return jdbc.sql("SELECT * FROM knowledge_reference_letter WHERE tenant_id = :tenantId AND id = :id")
			.param("tenantId", tenantId)
			.param("id", letterId)
			.query(ReferenceLetterRow.class)
			.optional()
			.map(ReferenceLetterRow::letter)
			.orElseThrow(() -> KatibException.notFound("The reference letter"));
	}

	/**
	 * A rule for every category counts against every category; a category's own rules against it alone.
	 */
	private void checkRoomForRule(UUID tenantId, @Nullable String categoryKey) {
		if (categoryKey != null) {
			categories.require(tenantId, categoryKey, "rule.category");
		}
		long general = count(tenantId, "category_key IS NULL", null);
		long busiest = categoryKey == null
				? jdbc.sql("""
						SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM knowledge_style_rule
						WHERE tenant_id = :tenantId AND category_key IS NOT NULL GROUP BY category_key) AS counts""")
					.param("tenantId", tenantId)
					.query(Long.class)
					.single()
				: count(tenantId, "category_key = :categoryKey", categoryKey);
		KnowledgeLimits.check(general + busiest, KnowledgeLimits.RULES_PER_CATEGORY,
				"style rules applying to one category");
	}

	private long count(UUID tenantId, String condition, @Nullable String categoryKey) {
		var sql = jdbc.sql("SELECT count(*) FROM knowledge_style_rule WHERE tenant_id = :tenantId AND " + condition)
			.param("tenantId", tenantId);
		if (categoryKey != null) {
			sql = sql.param("categoryKey", categoryKey);
		}
		return sql.query(Long.class).single();
	}
}
