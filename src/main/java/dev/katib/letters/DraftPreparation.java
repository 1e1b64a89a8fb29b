package dev.katib.letters;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Colleagues;
import dev.katib.knowledge.CategoryDefinition;
import dev.katib.knowledge.DraftingKnowledge;
import dev.katib.knowledge.Honorific;
import dev.katib.knowledge.Language;
import dev.katib.knowledge.Recipient;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.letters.content.SignatureBlock;
import dev.katib.letters.drafting.DraftingRequest;
import dev.katib.letters.drafting.LetterReference;
import dev.katib.platform.Inputs;

/**
 * A writer's request to draft a letter, checked and completed with what the organisation knows: its category,
 * the recipient, the letters it answers or follows up, the introduction and the writer's signature block.
 */
@Component
class DraftPreparation {

	private final WritingKnowledge knowledge;
	private final LetterHistory history;
	private final LetterStore store;
	private final LetterDetails details;
	private final LetterViews views;
	private final LetterRecords records;
	private final Colleagues colleagues;

	DraftPreparation(WritingKnowledge knowledge, LetterHistory history, LetterStore store, LetterDetails details,
			LetterViews views, LetterRecords records, Colleagues colleagues) {
		this.knowledge = knowledge;
		this.history = history;
		this.store = store;
		this.details = details;
		this.views = views;
		this.records = records;
		this.colleagues = colleagues;
	}

	/**
	 * What drafting needs.
	 *
	 * @param recipient the recipient as the letter keeps it
	 * @param request what the model or the offline engine drafts from
	 * @param shaping the organisation's and the writer's knowledge that shapes the draft
	 */
	record Prepared(Recipient recipient, DraftingRequest request, DraftingKnowledge shaping) {
	}

	/** @throws dev.katib.platform.KatibException validation failed, naming the field that is wrong */
	Prepared prepare(Caller caller, DraftLetter letter) {
		UUID tenantId = caller.tenantId();
		CategoryDefinition category = category(tenantId, letter.category());
		Recipient recipient = recipient(tenantId, letter);
		linked(tenantId, letter.replyTo(), "replyTo");
		linked(tenantId, letter.followsUp(), "followsUp");
		boolean firstLetter = !details.wroteTo(tenantId, letter.recipientId(), recipient);
		var request = new DraftingRequest(category, letter.language(), recipient, letter.request(), firstLetter,
				knowledge.introduction(tenantId, letter.language()).orElse(null),
				ourLetter(tenantId, letter.replyTo(), letter.language()),
				ourLetter(tenantId, letter.followsUp(), letter.language()), signatory(caller, letter.language()));
		DraftingKnowledge shaping = knowledge.forDrafting(tenantId, caller.userId(), category.key(),
				repliedText(tenantId, letter.replyTo()));
		return new Prepared(recipient, request, shaping);
	}

	/** The organisation's category. */
	CategoryDefinition category(UUID tenantId, @Nullable String key) {
		if (key == null || key.isBlank()) {
			throw Inputs.invalid("category", "category is required.");
		}
		return knowledge.category(tenantId, key.strip())
			.orElseThrow(() -> Inputs.invalid("category", "The organisation has no category '" + key.strip() + "'."));
	}

	/** The writer signs the draft, by name and job title in the letter's language, until a signer signs it. */
	private SignatureBlock signatory(Caller caller, Language language) {
		boolean arabic = language == Language.ARABIC;
		return colleagues.find(caller.tenantId(), caller.userId())
			.map(writer -> new SignatureBlock(writer.profile().jobTitle(arabic),
					writer.profile().name(arabic, writer.name())))
			.orElse(new SignatureBlock(null, caller.name()));
	}

	private Recipient recipient(UUID tenantId, DraftLetter letter) {
		if (letter.recipientId() != null) {
			return knowledge.recipient(tenantId, letter.recipientId())
				.orElseThrow(() -> Inputs.invalid("recipientId", "The organisation's directory has no such recipient."));
		}
		RecipientInput typed = letter.recipient();
		if (typed == null) {
			throw Inputs.invalid("recipient", "A letter needs a recipient: give recipient or recipientId.");
		}
		Honorific honorific = Honorific.fromCode(typed.honorific() == null ? "" : typed.honorific())
			.orElseThrow(() -> Inputs.invalid("recipient.honorific",
					"The honorific must be one of royal-highness, highness, maali, saada, sheikh, doctor, engineer, "
							+ "mister, messrs."));
		return new Recipient(typed.name(), honorific, typed.jobTitle(), typed.gender(), typed.organisation());
	}

	private void linked(UUID tenantId, @Nullable UUID letterId, String field) {
		if (letterId != null && store.find(tenantId, letterId).isEmpty()) {
			throw Inputs.invalid(field, "The organisation has no such letter.");
		}
	}

	/**
	 * How a reply or a follow-up cites the letter it answers or follows: by the number and official date that letter
	 * was issued with, never by taking that number as its own. A letter not issued yet has neither, and is not cited
	 * (a model still reads the replied letter's text).
	 */
	private @Nullable LetterReference ourLetter(UUID tenantId, @Nullable UUID letterId, Language language) {
		if (letterId == null) {
			return null;
		}
		return records.number(tenantId, letterId).map(issued -> {
			LetterDates dates = views.dates(issued.issuedOn(), language);
			String date = language == Language.ARABIC ? dates.hijri() + " الموافق " + dates.gregorian()
					: dates.gregorian();
			return new LetterReference(issued.number(), date);
		}).orElse(null);
	}

	/** The text of the letter replied to, which the model reads as data to answer it. */
	private @Nullable String repliedText(UUID tenantId, @Nullable UUID letterId) {
		if (letterId == null) {
			return null;
		}
		return history.current(tenantId, letterId)
			.map(version -> String.join("\n", version.letter().texts()))
			.orElse(null);
	}
}
