package dev.katib.knowledge;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import dev.katib.platform.ArabicText;

/** An entry of one organisation's recipients directory. */
@Table("knowledge_recipient")
record RecipientRow(@Id UUID id, UUID tenantId, @Nullable String name, String honorific, @Nullable String jobTitle,
		@Nullable String gender, @Nullable String organisation, @Nullable String email, @Nullable String phone,
		String searchText, Instant createdAt, @Nullable Instant updatedAt, @Version @Nullable Long version) {

	static RecipientRow of(UUID id, UUID tenantId, Recipient recipient, @Nullable String email,
			@Nullable String phone, Instant now) {
		return new RecipientRow(id, tenantId, recipient.name(), recipient.honorific().code(), recipient.jobTitle(),
				recipient.gender() == null ? null : recipient.gender().name(), recipient.organisation(), email, phone,
				searchText(recipient), now, null, null);
	}

	RecipientRow changedTo(Recipient recipient, @Nullable String email, @Nullable String phone, Instant now) {
		return new RecipientRow(id, tenantId, recipient.name(), recipient.honorific().code(), recipient.jobTitle(),
				recipient.gender() == null ? null : recipient.gender().name(), recipient.organisation(), email, phone,
				searchText(recipient), createdAt, now, version);
	}

	Recipient recipient() {
		Honorific known = Honorific.fromCode(honorific)
			.orElseThrow(() -> new IllegalStateException("recipient " + id + " has an unknown honorific"));
		return new Recipient(name, known, jobTitle, gender == null ? null : Gender.valueOf(gender), organisation);
	}

	RecipientEntry entry() {
		return new RecipientEntry(id, recipient(), email, phone, version == null ? 0 : version);
	}

	/** Name, job title and organisation as a search sees them. */
	static String searchText(Recipient recipient) {
		return ArabicText.normalizeForSearch(Stream.of(recipient.name(), recipient.jobTitle(), recipient.organisation())
			.filter(part -> part != null)
			.collect(Collectors.joining(" ")));
	}
}
