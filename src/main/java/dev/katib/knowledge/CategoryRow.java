package dev.katib.knowledge;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;


/** A category of one organisation, as stored. */
@Table("knowledge_category")
record CategoryRow(@Id UUID id, UUID tenantId, String categoryKey, String arabicName, String englishName,
		String closingStyle, String arabicClosing, String englishClosing, boolean basmala, String arabicSubject,
		String englishSubject, Instant createdAt, @Version @Nullable Long version) {

	static CategoryRow of(UUID id, UUID tenantId, CategoryDefinition category, Instant now) {
		return new CategoryRow(id, tenantId, category.key(), category.arabicName(), category.englishName(),
				category.closingStyle().code(), category.arabicClosing(), category.englishClosing(), category.basmala(),
				category.arabicSubject(), category.englishSubject(), now, null);
	}

	/** The same row with the category's new names, closing, basmala and subjects; its key stays. */
	CategoryRow changedTo(CategoryDefinition category) {
		return new CategoryRow(id, tenantId, categoryKey, category.arabicName(), category.englishName(),
				category.closingStyle().code(), category.arabicClosing(), category.englishClosing(), category.basmala(),
				category.arabicSubject(), category.englishSubject(), createdAt, version);
	}

	long revision() {
		return version == null ? 0 : version;
	}

	CategoryDefinition definition() {
		ClosingStyle style = ClosingStyle.WISH.code().equals(closingStyle) ? ClosingStyle.WISH : ClosingStyle.FORMAL;
		return new CategoryDefinition(categoryKey, arabicName, englishName, style, arabicClosing, englishClosing,
				basmala, arabicSubject, englishSubject);
	}
}
