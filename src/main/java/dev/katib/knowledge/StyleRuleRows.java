package dev.katib.knowledge;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface StyleRuleRows extends Repository<StyleRuleRow, UUID> {

	/** The rules for every category and those for this one. */
	@Query("""
			SELECT * FROM knowledge_style_rule
			WHERE tenant_id = :tenantId AND (category_key IS NULL OR category_key = :categoryKey)
			ORDER BY category_key NULLS FIRST, created_at, id""")
	List<StyleRuleRow> findApplying(UUID tenantId, String categoryKey);
}
