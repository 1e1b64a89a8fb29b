package dev.katib.knowledge;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;


/** A writing rule of one organisation, for every category (no key) or for one. */
@Table("knowledge_style_rule")
record StyleRuleRow(@Id UUID id, UUID tenantId, @Nullable String categoryKey, String text, Instant createdAt) {

	StyleRule rule() {
		return new StyleRule(categoryKey, text);
	}
}
