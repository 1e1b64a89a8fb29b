package dev.katib.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Map;
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
 * The organisation's categories as its administrators edit them: a category keeps its key, and goes only while no
 * letter was written in it. The seven seed categories are the organisation's from its creation
 * ({@link WritingKnowledge#seedCategories}).
 */
@Service
public class CategoryCatalogue {

	private final CategoryRows categories;
	private final JdbcAggregateTemplate rows;
	private final JdbcClient jdbc;
	private final LettersInUse letters;
	private final Clock clock;

	CategoryCatalogue(CategoryRows categories, JdbcAggregateTemplate rows, JdbcClient jdbc, LettersInUse letters,
			Clock clock) {
		this.categories = categories;
		this.rows = rows;
		this.jdbc = jdbc;
		this.letters = letters;
		this.clock = clock;
	}

	/** The organisation's categories with how many letters were written in each. */
	@Transactional(readOnly = true)
	public List<CategoryEntry> list(UUID tenantId) {
		Map<String, Long> used = letters.lettersPerCategory(tenantId);
		return categories.findByTenantIdOrderByCreatedAtAscCategoryKeyAsc(tenantId)
			.stream()
			.map(row -> new CategoryEntry(row.definition(), used.getOrDefault(row.categoryKey(), 0L), row.revision()))
			.toList();
	}

	/**
	 * Adds a category of the organisation's own.
	 *
	 * @throws KatibException conflict for a key in use, limit reached at {@value KnowledgeLimits#CATEGORIES}
	 */
	@Transactional
	public CategoryDefinition add(UUID tenantId, CategoryDefinition category) {
		KnowledgeLimits.check(categories.findByTenantIdOrderByCreatedAtAscCategoryKeyAsc(tenantId).size(),
				KnowledgeLimits.CATEGORIES, "categories");
		if (categories.findByTenantIdAndCategoryKey(tenantId, category.key()).isPresent()) {
			throw new KatibException(ProblemType.CONFLICT, "The organisation already has a category with this key.",
					Map.of("field", "category.key"));
		}
		rows.insert(CategoryRow.of(Ids.newId(clock), tenantId, category, clock.instant()));
		return category;
	}

	/**
	 * Changes a category's names, closing, basmala and subjects; its key stays.
	 *
	 * @param seen the version the change was made on, when the caller knows it
	 * @throws KatibException conflict when the category changed since {@code seen}, or changes meanwhile
	 */
	@Transactional
	public CategoryEntry update(UUID tenantId, String key, CategoryDefinition category, @Nullable Long seen) {
		CategoryRow row = categories.findByTenantIdAndCategoryKey(tenantId, key)
			.orElseThrow(() -> KatibException.notFound("The category"));
		if (!category.key().equals(key)) {
			throw Inputs.invalid("category.key", "A category keeps its key.");
		}
		RowVersions.requireSeen(seen, row.revision(), "this category");
		CategoryRow stored = RowVersions.updated(() -> rows.update(row.changedTo(category)), "this category");
		return new CategoryEntry(stored.definition(), letters.lettersPerCategory(tenantId).getOrDefault(key, 0L),
				stored.revision());
	}

	/**
	 * Removes a category no letter was written in, with its style rules and reference letters.
	 *
	 * @throws KatibException not found, or category in use
	 */
	@Transactional
	public CategoryDefinition remove(UUID tenantId, String key) {
		CategoryRow row = categories.findByTenantIdAndCategoryKey(tenantId, key)
			.orElseThrow(() -> KatibException.notFound("The category"));
		if (letters.categoryUsed(tenantId, key)) {
			throw new KatibException(KnowledgeProblems.CATEGORY_IN_USE,
					"Letters were written in this category, so it stays.");
		}
		for (String table : List.of("knowledge_style_rule", "knowledge_reference_letter", "knowledge_category")) {
			jdbc.sql("DELETE FROM " + table + " WHERE tenant_id = :tenantId AND category_key = :key")
				.param("tenantId", tenantId)
				.param("key", key)
				.update();
		}
		return row.definition();
	}

	/** @throws KatibException invalid, naming the field, when the organisation has no such category */
	public void require(UUID tenantId, String key, String field) {
		if (categories.findByTenantIdAndCategoryKey(tenantId, key).isEmpty()) {
			throw Inputs.invalid(field, "The organisation has no category '" + key + "'.");
		}
	}
}
