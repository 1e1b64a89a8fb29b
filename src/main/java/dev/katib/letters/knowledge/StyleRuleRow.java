package dev.katib.letters.knowledge;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import dev.katib.letters.prompt.StyleRule;

/** A writing rule of one organisation, for every category (no key) or for one. */
@Table("letters_style_rule")
record StyleRuleRow(@Id UUID id, UUID tenantId, @Nullable String categoryKey, String text, Instant createdAt) {

	StyleRule rule() {
		return new StyleRule(categoryKey, text);
	}
}
