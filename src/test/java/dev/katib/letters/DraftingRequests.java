package dev.katib.letters;

import org.jspecify.annotations.Nullable;

import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Honorific;
import dev.katib.knowledge.Recipient;
import dev.katib.knowledge.CategoryDefinition;
import dev.katib.knowledge.SeedCategories;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.SignatureBlock;
import dev.katib.letters.drafting.DraftingRequest;
import dev.katib.letters.drafting.LetterReference;

/** Drafting requests for tests: a plausible Arabic request, changed one aspect at a time. */
public record DraftingRequests(CategoryDefinition category, Language language, Recipient recipient, String request,
		boolean firstLetter, @Nullable String introduction, @Nullable LetterReference replyTo,
		@Nullable LetterReference followsUp, SignatureBlock signatory) {

	public static final String ARABIC_REQUEST = "نرجو التكرم بتزويدنا بتقرير الربع الثالث قبل 30 سبتمبر";

	public static final String ENGLISH_REQUEST = "Please send us the third-quarter report before 30 September";

	public static final String ARABIC_INTRODUCTION = "شركة الريادة للحلول الرقمية شركة سعودية متخصصة في أتمتة المراسلات";

	public static final String ENGLISH_INTRODUCTION = "Riyada Digital Solutions is a Saudi company that automates correspondence";

	public static DraftingRequests arabic() {
		return new DraftingRequests(SeedCategories.REQUEST, Language.ARABIC,
				new Recipient("خالد العتيبي", Honorific.SAADA, "مدير عام الشؤون المالية", Gender.MALE, "وزارة المالية"),
				ARABIC_REQUEST, false, ARABIC_INTRODUCTION, null, null, new SignatureBlock("المدير العام", "سارة القحطاني"));
	}

	public static DraftingRequests english() {
		return arabic().in(Language.ENGLISH)
			.to(new Recipient("John Smith", Honorific.DOCTOR, "Director of Finance", Gender.MALE, "Acme Ltd"))
			.saying(ENGLISH_REQUEST)
			.introducedAs(ENGLISH_INTRODUCTION)
			.signedBy(new SignatureBlock("Chief Executive", "Sarah Al Qahtani"));
	}

	public DraftingRequests in(Language language) {
		return new DraftingRequests(category, language, recipient, request, firstLetter, introduction, replyTo,
				followsUp, signatory);
	}

	public DraftingRequests of(CategoryDefinition category) {
		return new DraftingRequests(category, language, recipient, request, firstLetter, introduction, replyTo,
				followsUp, signatory);
	}

	public DraftingRequests to(Recipient recipient) {
		return new DraftingRequests(category, language, recipient, request, firstLetter, introduction, replyTo,
				followsUp, signatory);
	}

	public DraftingRequests saying(String request) {
		return new DraftingRequests(category, language, recipient, request, firstLetter, introduction, replyTo,
				followsUp, signatory);
	}

	public DraftingRequests introducedAs(@Nullable String introduction) {
		return new DraftingRequests(category, language, recipient, request, firstLetter, introduction, replyTo,
				followsUp, signatory);
	}

	public DraftingRequests asFirstLetter() {
		return new DraftingRequests(category, language, recipient, request, true, introduction, replyTo, followsUp,
				signatory);
	}

	public DraftingRequests replyingTo(String number, String date) {
		return new DraftingRequests(category, language, recipient, request, firstLetter, introduction,
				new LetterReference(number, date), followsUp, signatory);
	}

	public DraftingRequests followingUp(String number, String date) {
		return new DraftingRequests(category, language, recipient, request, firstLetter, introduction, replyTo,
				new LetterReference(number, date), signatory);
	}

	public DraftingRequests signedBy(SignatureBlock signatory) {
		return new DraftingRequests(category, language, recipient, request, firstLetter, introduction, replyTo,
				followsUp, signatory);
	}

	public DraftingRequest build() {
		return new DraftingRequest(category, language, recipient, request, firstLetter, introduction, replyTo,
				followsUp, signatory);
	}
}
