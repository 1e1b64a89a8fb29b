package dev.katib.knowledge;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;


/** A category of one organisation, as stored. */
@Table("knowledge_category")
record CategoryRow(@Id UUID id, UUID tenantId, String categoryKey, String arabicName, String englishName,
		String closingStyle, String arabicClosing, String englishClosing, boolean basmala, String arabicSubject,
		String englishSubject, Instant createdAt) {

	static CategoryRow of(UUID id, UUID tenantId, CategoryDefinition category, Instant now) {
		return new CategoryRow(id, tenantId, category.key(), category.arabicName(), category.englishName(),
				category.closingStyle().code(), category.arabicClosing(), category.englishClosing(), category.basmala(),
				category.arabicSubject(), category.englishSubject(), now);
	}

	CategoryDefinition definition() {
		ClosingStyle style = ClosingStyle.WISH.code().equals(closingStyle) ? ClosingStyle.WISH : ClosingStyle.FORMAL;
		return new CategoryDefinition(categoryKey, arabicName, englishName, style, arabicClosing, englishClosing,
				basmala, arabicSubject, englishSubject);
	}
}
