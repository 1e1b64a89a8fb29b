package dev.katib.knowledge.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Honorific;
import dev.katib.knowledge.Recipient;
import dev.katib.knowledge.CategoryDefinition;
import dev.katib.knowledge.ClosingStyle;
import dev.katib.platform.Inputs;
import dev.katib.knowledge.KnowledgeAdministration;
import dev.katib.knowledge.Language;
import dev.katib.knowledge.CategoryEntry;
import dev.katib.knowledge.PreferenceEntry;
import dev.katib.knowledge.RecipientEntry;
import dev.katib.knowledge.ReferenceLetterEntry;
import dev.katib.knowledge.StyleRuleEntry;
import dev.katib.knowledge.ReferenceLetter;
import dev.katib.knowledge.StyleRule;

/** The writing knowledge as the API reads and writes it. */
final class KnowledgeJson {

	private KnowledgeJson() {
	}

	record CategoryView(String key, String arabicName, String englishName, String closingStyle, String arabicClosing,
			String englishClosing, boolean basmala, String arabicSubject, String englishSubject, long letters,
			boolean removable, long version) {

		static CategoryView of(CategoryEntry entry) {
			CategoryDefinition c = entry.category();
			return new CategoryView(c.key(), c.arabicName(), c.englishName(), c.closingStyle().code(),
					c.arabicClosing(), c.englishClosing(), c.basmala(), c.arabicSubject(), c.englishSubject(),
					entry.letters(), entry.removable(), entry.version());
		}

		static CategoryView of(CategoryDefinition c) {
			return of(new CategoryEntry(c, 0, 0));
		}
	}

	/** A category as an administrator sends it; the key is taken from the path on update. */
	record CategoryRequest(@Nullable String key, @Nullable String arabicName, @Nullable String englishName,
			@Nullable String closingStyle, @Nullable String arabicClosing, @Nullable String englishClosing,
			@Nullable Boolean basmala, @Nullable String arabicSubject, @Nullable String englishSubject,
			@Nullable Long version) {

		/** The request with a key made from its names when it has none. */
		CategoryRequest withKey(KnowledgeAdministration knowledge) {
			return key != null && !key.isBlank() ? this
					: new CategoryRequest(knowledge.newCategoryKey(arabicName, englishName), arabicName, englishName,
							closingStyle, arabicClosing, englishClosing, basmala, arabicSubject, englishSubject, version);
		}

		CategoryDefinition definition(@Nullable String pathKey) {
			String theKey = pathKey != null ? pathKey : key;
			if (theKey == null || theKey.isBlank()) {
				throw Inputs.invalid("category.key", "category.key is required.");
			}
			if (pathKey != null && key != null && !key.equals(pathKey)) {
				throw Inputs.invalid("category.key", "A category keeps its key.");
			}
			return new CategoryDefinition(theKey.strip(), arabicName, englishName, KnowledgeJson.closingStyle(closingStyle),
					arabicClosing, englishClosing, basmala == null || basmala, arabicSubject, englishSubject);
		}
	}

	static ClosingStyle closingStyle(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return ClosingStyle.FORMAL;
		}
		for (ClosingStyle style : ClosingStyle.values()) {
			if (style.code().equalsIgnoreCase(code.strip())) {
				return style;
			}
		}
		throw Inputs.invalid("category.closingStyle", "The closing style is 'formal' or 'wish'.");
	}

	record StyleRuleView(UUID id, @Nullable String category, String text) {

		static StyleRuleView of(StyleRuleEntry entry) {
			return new StyleRuleView(entry.id(), entry.rule().categoryKey(), entry.rule().text());
		}
	}

	/** A rule for one category, or for every category without one. */
	record StyleRuleRequest(@Nullable String category, @Nullable String text) {

		StyleRule rule() {
			return new StyleRule(category == null || category.isBlank() ? null : category.strip(), text);
		}
	}

	record ReferenceLetterView(UUID id, String category, String text) {

		static ReferenceLetterView of(ReferenceLetterEntry entry) {
			return new ReferenceLetterView(entry.id(), entry.letter().categoryKey(), entry.letter().text());
		}
	}

	record ReferenceLetterRequest(@Nullable String category, @Nullable String text) {

		ReferenceLetter letter() {
			return new ReferenceLetter(Inputs.required(category, "referenceLetter.category", 1, 40), text);
		}
	}

	record IntroductionView(String language, @Nullable String text) {
	}

	record IntroductionRequest(@Nullable String text) {
	}

	record RecipientView(UUID id, @Nullable String name, String honorific, @Nullable String jobTitle,
			@Nullable String gender, @Nullable String organisation, @Nullable String email, @Nullable String phone,
			long version) {

		static RecipientView of(RecipientEntry entry) {
			Recipient r = entry.recipient();
			return new RecipientView(entry.id(), r.name(), r.honorific().code(), r.jobTitle(),
					r.gender() == null ? null : r.gender().name(), r.organisation(), entry.email(), entry.phone(),
					entry.version());
		}
	}

	record RecipientRequest(@Nullable String name, @Nullable String honorific, @Nullable String jobTitle,
			@Nullable String gender, @Nullable String organisation, @Nullable String email, @Nullable String phone,
			@Nullable Long version) {

		Recipient recipient() {
			return new Recipient(name, KnowledgeJson.honorific(honorific), jobTitle, KnowledgeJson.gender(gender), organisation);
		}
	}

	static Honorific honorific(@Nullable String code) {
		if (code == null || code.isBlank()) {
			throw Inputs.invalid("recipient.honorific", "recipient.honorific is required.");
		}
		return Honorific.fromCode(code)
			.orElseThrow(() -> Inputs.invalid("recipient.honorific", "Unknown honorific '" + code + "'."));
	}

	static @Nullable Gender gender(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return Gender.valueOf(code.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Inputs.invalid("recipient.gender", "The gender is MALE or FEMALE.");
		}
	}

	static Language language(String code) {
		return Language.fromCode(code)
			.orElseThrow(() -> Inputs.invalid("language", "The language is 'ar' or 'en'."));
	}

	record PreferenceView(UUID id, String text, java.time.Instant createdAt) {

		static PreferenceView of(PreferenceEntry entry) {
			return new PreferenceView(entry.id(), entry.text(), entry.createdAt());
		}
	}

	record PreferenceRequest(@Nullable String text) {
	}
}
