package dev.katib.letters.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.letters.category.CategoryDefinition;
import dev.katib.letters.category.SeedCategories;
import dev.katib.letters.content.Inputs;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * The organisation's categories as its administrators edit them: an organisation with none is given the seven
 * seed categories first; a category keeps its key, and goes only while no letter was written in it.
 */
@Service
public class CategoryCatalogue {

	private final CategoryRows categories;
	private final JdbcAggregateTemplate rows;
	private final JdbcClient jdbc;
	private final Clock clock;

	CategoryCatalogue(CategoryRows categories, JdbcAggregateTemplate rows, JdbcClient jdbc, Clock clock) {
		this.categories = categories;
		this.rows = rows;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The organisation's categories with their use, the seven seed categories first given to one with none. */
	@Transactional
	public List<CategoryEntry> list(UUID tenantId) {
		seedIfNone(tenantId);
		Map<String, Long> used = jdbc.sql("""
				SELECT category_key, count(*) AS letters FROM letters_letter WHERE tenant_id = :tenantId
				GROUP BY category_key""")
			.param("tenantId", tenantId)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return categories.findByTenantIdOrderByCreatedAtAscCategoryKeyAsc(tenantId)
			.stream()
			.map(row -> new CategoryEntry(row.definition(), used.getOrDefault(row.categoryKey(), 0L)))
			.toList();
	}

	/**
	 * Adds a category of the organisation's own.
	 *
	 * @throws KatibException conflict for a key in use, limit reached at {@value KnowledgeLimits#CATEGORIES}
	 */
	@Transactional
	public CategoryDefinition add(UUID tenantId, CategoryDefinition category) {
		seedIfNone(tenantId);
		KnowledgeLimits.check(categories.findByTenantIdOrderByCreatedAtAscCategoryKeyAsc(tenantId).size(),
				KnowledgeLimits.CATEGORIES, "categories");
		if (categories.findByTenantIdAndCategoryKey(tenantId, category.key()).isPresent()) {
			throw new KatibException(ProblemType.CONFLICT, "The organisation already has a category with this key.",
					Map.of("field", "category.key"));
		}
		rows.insert(CategoryRow.of(Ids.newId(clock), tenantId, category, clock.instant()));
		return category;
	}

	/** Changes a category's names, closing, basmala and subjects; its key stays. */
	@Transactional
	public CategoryDefinition update(UUID tenantId, String key, CategoryDefinition category) {
		seedIfNone(tenantId);
		CategoryRow row = categories.findByTenantIdAndCategoryKey(tenantId, key)
			.orElseThrow(() -> KatibException.notFound("The category"));
		if (!category.key().equals(key)) {
			throw Inputs.invalid("category.key", "A category keeps its key.");
		}
		rows.update(CategoryRow.of(row.id(), tenantId, category, row.createdAt()));
		return category;
	}

	/**
	 * Removes a category no letter was written in, with its style rules and reference letters.
	 *
	 * @throws KatibException not found, or category in use
	 */
	@Transactional
	public CategoryDefinition remove(UUID tenantId, String key) {
		seedIfNone(tenantId);
		CategoryRow row = categories.findByTenantIdAndCategoryKey(tenantId, key)
			.orElseThrow(() -> KatibException.notFound("The category"));
		boolean used = jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM letters_letter WHERE tenant_id = :tenantId AND category_key = :key)")
			.param("tenantId", tenantId)
			.param("key", key)
			.query(Boolean.class)
			.single();
		if (used) {
			throw new KatibException(KnowledgeProblems.CATEGORY_IN_USE,
					"Letters were written in this category, so it stays.");
		}
		for (String table : List.of("letters_style_rule", "letters_reference_letter", "letters_category")) {
			jdbc.sql("DELETE FROM " + table + " WHERE tenant_id = :tenantId AND category_key = :key")
				.param("tenantId", tenantId)
				.param("key", key)
				.update();
		}
		return row.definition();
	}

	/** @throws KatibException invalid, naming the field, when the organisation has no such category */
	void require(UUID tenantId, String key, String field) {
		seedIfNone(tenantId);
		if (categories.findByTenantIdAndCategoryKey(tenantId, key).isEmpty()) {
			throw Inputs.invalid(field, "The organisation has no category '" + key + "'.");
		}
	}

	private void seedIfNone(UUID tenantId) {
		if (categories.findByTenantIdOrderByCreatedAtAscCategoryKeyAsc(tenantId).isEmpty()) {
			// a microsecond apart, so that they are listed in the order writers are offered them
			java.time.Instant now = clock.instant();
			for (int i = 0; i < SeedCategories.ALL.size(); i++) {
				rows.insert(CategoryRow.of(Ids.newId(clock), tenantId, SeedCategories.ALL.get(i), now.plusNanos(i * 1_000L)));
			}
		}
	}
}
