package dev.katib.letters.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.katib.letters.DraftingRequests;
import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Honorific;
import dev.katib.knowledge.Recipient;
import dev.katib.knowledge.CategoryDefinition;
import dev.katib.knowledge.SeedCategories;
import dev.katib.knowledge.ClosingStyle;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.SignatureBlock;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.content.Violation;

class OfflineDraftingEngineTests {

	static Stream<Arguments> everyCategoryInBothLanguages() {
		return SeedCategories.ALL.stream()
			.flatMap(category -> Stream.of(Arguments.of(category, Language.ARABIC), Arguments.of(category, Language.ENGLISH)));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("everyCategoryInBothLanguages")
	void draftsACorrectLetterForEveryCategoryInBothLanguagesMarkedAsDraftedWithoutAi(CategoryDefinition category,
			Language language) {
		DraftingRequests request = (language == Language.ARABIC ? DraftingRequests.arabic() : DraftingRequests.english())
			.of(category);

		Draft draft = drafted(request);
		StructuredLetter letter = draft.letter();

		assertThat(draft.draftedWithoutAi()).isTrue();
		assertThat(letter.language()).isEqualTo(language);
		assertThat(letter.subject()).isNotEqualTo(category.subject(language)).isNotEqualTo(category.name(language));
		assertThat(letter.paragraphs().getFirst()).contains(language == Language.ARABIC
				? "بتزويدنا بتقرير الربع الثالث قبل 30 سبتمبر" : "send us the third-quarter report before 30 September");
		assertThat(letter.signature()).isEqualTo(request.signatory());
		if (language == Language.ARABIC) {
			assertThat(letter.basmala()).isTrue();
			assertThat(letter.greeting()).isEqualTo("السلام عليكم ورحمة الله وبركاته");
			assertThat(letter.addressee().prayer()).isEqualTo("سلمه الله");
		}
		else {
			assertThat(letter.basmala()).isFalse();
			assertThat(letter.greeting()).isEqualTo("Dear Dr Smith,");
			assertThat(letter.addressee().prayer()).isNull();
		}
		if (category.closingStyle() == ClosingStyle.WISH) {
			assertThat(letter.closing().style()).isEqualTo(ClosingStyle.WISH);
			assertThat(letter.closing().text()).doesNotContain("،،،", "Yours", "وتقبلوا");
		}
		else if (language == Language.ARABIC) {
			assertThat(letter.closing().text()).contains("وتقبلوا فائق الاحترام والتقدير").endsWith(" ،،،");
		}
		else {
			assertThat(letter.closing().text()).isEqualTo("Yours sincerely,");
		}
	}

	@Test
	void endsACongratulationWithTheWishOnItsOwnAndNoClosingFormula() {
		StructuredLetter letter = drafted(DraftingRequests.arabic().of(SeedCategories.CONGRATULATION)
			.saying("نهنئكم بمناسبة تعيينكم مديرًا عامًا للشؤون المالية")).letter();

		assertThat(letter.closing().style()).isEqualTo(ClosingStyle.WISH);
		assertThat(letter.closing().text()).isEqualTo("سائلين الله لكم دوام التوفيق والسداد");
		assertThat(letter.paragraphs().getFirst()).containsAnyOf("التهاني", "التهنئة", "نهنئ سعادتكم")
			.contains("بمناسبة تعيينكم مديرًا عامًا للشؤون المالية")
			.doesNotContain("نهنئكم");
	}

	static Stream<Arguments> honorificsAndGenders() {
		return Stream.of(Arguments.of(Honorific.ROYAL_HIGHNESS, Gender.MALE, "صاحب السمو الملكي", "حفظه الله"),
				Arguments.of(Honorific.ROYAL_HIGHNESS, Gender.FEMALE, "صاحبة السمو الملكي", "حفظها الله"),
				Arguments.of(Honorific.HIGHNESS, Gender.FEMALE, "صاحبة السمو", "حفظها الله"),
				Arguments.of(Honorific.MAALI, Gender.MALE, "معالي", "سلمه الله"),
				Arguments.of(Honorific.MAALI, Gender.FEMALE, "معالي", "سلمها الله"),
				Arguments.of(Honorific.SAADA, Gender.MALE, "سعادة", "سلمه الله"),
				Arguments.of(Honorific.SAADA, Gender.FEMALE, "سعادة", "سلمها الله"),
				Arguments.of(Honorific.MESSRS, null, "السادة", "حفظهم الله"),
				Arguments.of(Honorific.MESSRS, Gender.FEMALE, "السادة", "حفظهم الله"),
				Arguments.of(Honorific.MISTER, Gender.MALE, "الأستاذ", "سلمه الله"),
				Arguments.of(Honorific.MISTER, Gender.FEMALE, "الأستاذة", "سلمها الله"),
				Arguments.of(Honorific.DOCTOR, Gender.FEMALE, "الدكتورة", "سلمها الله"),
				Arguments.of(Honorific.SHEIKH, Gender.MALE, "الشيخ", "حفظه الله"));
	}

	@ParameterizedTest(name = "{0} {1}: {2} … {3}")
	@MethodSource("honorificsAndGenders")
	void endsTheAddresseeLineWithThePrayerPhraseOfTheHonorificAgreeingWithTheRecipient(Honorific honorific,
			Gender gender, String printed, String prayer) {
		StructuredLetter letter = drafted(DraftingRequests.arabic()
			.to(new Recipient("نورة الشمري", honorific, "مدير إدارة الموارد البشرية", gender, "شركة المراعي"))).letter();

		assertThat(letter.addressee().honorific()).isEqualTo(printed);
		assertThat(letter.addressee().prayer()).isEqualTo(prayer);
		assertThat(letter.addressee().line()).startsWith(printed + " ");
	}

	@Test
	void addressesAWomanInHerOfficeWithTheFeminineTitle() {
		StructuredLetter letter = drafted(DraftingRequests.arabic()
			.to(new Recipient("نورة الشمري", Honorific.SAADA, "مدير إدارة الموارد البشرية", Gender.FEMALE, null)))
			.letter();

		assertThat(letter.addressee().line()).isEqualTo("سعادة مديرة إدارة الموارد البشرية");
		assertThat(letter.addressee().details()).containsExactly("نورة الشمري");
		assertThat(letter.addressee().prayer()).isEqualTo("سلمها الله");
	}

	@Test
	void addressesAnOrganisationInThePlural() {
		StructuredLetter letter = drafted(DraftingRequests.arabic()
			.to(new Recipient(null, Honorific.MESSRS, null, null, "شركة المراعي"))).letter();

		assertThat(letter.addressee().line()).isEqualTo("السادة شركة المراعي");
		assertThat(letter.addressee().prayer()).isEqualTo("حفظهم الله");
	}

	@Test
	void introducesTheOrganisationOnTheFirstLetterToARecipientOnly() {
		StructuredLetter first = drafted(DraftingRequests.arabic().asFirstLetter()).letter();
		StructuredLetter later = drafted(DraftingRequests.arabic()).letter();

		assertThat(first.paragraphs()).anySatisfy(
				paragraph -> assertThat(paragraph).endsWith(": " + DraftingRequests.ARABIC_INTRODUCTION + "."));
		assertThat(later.paragraphs()).noneSatisfy(
				paragraph -> assertThat(paragraph).contains(DraftingRequests.ARABIC_INTRODUCTION));
		assertThat(first.paragraphs().getFirst()).isEqualTo(later.paragraphs().getFirst());
	}

	@Test
	void leavesTheIntroductionOutOfAFirstLetterWhenTheOrganisationHasNone() {
		StructuredLetter letter = drafted(DraftingRequests.arabic().asFirstLetter().introducedAs(null)).letter();

		assertThat(letter.paragraphs()).noneSatisfy(paragraph -> assertThat(paragraph).contains("شركة الريادة"));
	}

	@Test
	void refersToTheLetterRepliedToByItsNumberAndDateBeforeTheBody() {
		StructuredLetter arabic = drafted(DraftingRequests.arabic().of(SeedCategories.REPLY)
			.replyingTo("IN/1448/000345", "1448/03/12هـ")).letter();
		StructuredLetter english = drafted(DraftingRequests.english().of(SeedCategories.REPLY)
			.replyingTo("IN/1448/000345", "3 September 2026")).letter();

		assertThat(arabic.paragraphs()).first().asString()
			.startsWith("إشارة إلى خطابكم رقم IN/1448/000345 وتاريخ 1448/03/12هـ، ");
		assertThat(english.paragraphs()).first().asString()
			.startsWith("With reference to your letter ref. IN/1448/000345 dated 3 September 2026, ");
	}

	@Test
	void refersToOurLetterFollowedUpByItsNumberAndDate() {
		StructuredLetter letter = drafted(DraftingRequests.arabic().of(SeedCategories.FOLLOW_UP)
			.followingUp("OUT/1448/000123", "1448/02/01هـ")).letter();

		assertThat(letter.paragraphs()).first().asString()
			.startsWith("إلحاقاً لخطابنا رقم OUT/1448/000123 وتاريخ 1448/02/01هـ، ");
	}

	@Test
	void keepsTheWritersLinesAsParagraphsWithSpacesNormalisedAndASentenceMarkAdded() {
		StructuredLetter letter = drafted(DraftingRequests.arabic()
			.saying("  نرجو   تزويدنا بالتقرير،\n\n  ونأمل الرد في أقرب وقت؟  ")).letter();

		assertThat(letter.paragraphs().getFirst()).endsWith("التكرم بتزويدنا بالتقرير.").doesNotContain("نرجو  ");
		assertThat(letter.paragraphs().get(1)).isEqualTo("ونأمل الرد في أقرب وقت؟");
	}

	static Stream<Arguments> englishSalutations() {
		return Stream.of(
				Arguments.of(new Recipient("John Smith", Honorific.DOCTOR, null, Gender.MALE, null), "Dear Dr Smith,",
						"Yours sincerely,"),
				Arguments.of(new Recipient("Jane Smith", Honorific.MISTER, null, Gender.FEMALE, null), "Dear Ms Smith,",
						"Yours sincerely,"),
				Arguments.of(new Recipient(null, Honorific.MESSRS, null, null, "Acme Ltd"), "Dear Sir or Madam,",
						"Yours faithfully,"),
				Arguments.of(new Recipient(null, Honorific.SAADA, "Director of Finance", null, "Acme Ltd"),
						"Dear Sir or Madam,", "Yours faithfully,"),
				Arguments.of(new Recipient("Faisal Al Saud", Honorific.MAALI, "Minister", Gender.MALE, null),
						"Your Excellency,", "Yours sincerely,"),
				Arguments.of(new Recipient("Mohammed Al Qahtani", Honorific.ENGINEER, null, Gender.MALE, null),
						"Dear Eng. Al Qahtani,", "Yours sincerely,"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("englishSalutations")
	void greetsAnEnglishRecipientAndClosesWithTheMatchingValediction(Recipient recipient, String greeting,
			String valediction) {
		StructuredLetter letter = drafted(DraftingRequests.english().to(recipient)).letter();

		assertThat(letter.greeting()).isEqualTo(greeting);
		assertThat(letter.closing().text()).isEqualTo(valediction);
	}

	@Test
	void printsTheEnglishRecipientBlockWithTheHonorificBeforeTheName() {
		StructuredLetter letter = drafted(DraftingRequests.english()).letter();

		assertThat(letter.addressee().line()).isEqualTo("Dr John Smith");
		assertThat(letter.addressee().details()).containsExactly("Director of Finance", "Acme Ltd");
	}

	@Test
	void refusesToDraftAnEnglishLetterFromAnArabicRequestBecauseItCannotTranslate() {
		Verdict<Draft> verdict = OfflineDraftingEngine.draft(DraftingRequests.english()
			.saying(DraftingRequests.ARABIC_REQUEST)
			.build());

		assertThat(verdict).isInstanceOf(Verdict.Rejected.class);
		assertThat(verdict.violations()).extracting(Violation::rule).contains(Violation.Rule.WRONG_LANGUAGE);
	}

	@Test
	void draftsAnEnglishLetterToARecipientWhoseDirectoryEntryIsInArabic() {
		Verdict<Draft> verdict = OfflineDraftingEngine.draft(DraftingRequests.english()
			.to(new Recipient("خالد العتيبي", Honorific.SAADA, "مدير عام الشؤون المالية", Gender.MALE, "وزارة المالية"))
			.signedBy(new SignatureBlock("المدير العام", "سارة القحطاني"))
			.build());

		assertThat(verdict.violations()).isEmpty();
	}

	@Test
	void draftsTheSameLetterFromTheSameInputs() {
		assertThat(drafted(DraftingRequests.arabic().asFirstLetter())).isEqualTo(drafted(DraftingRequests.arabic().asFirstLetter()));
	}

	private static Draft drafted(DraftingRequests request) {
		Verdict<Draft> verdict = OfflineDraftingEngine.draft(request.build());
		assertThat(verdict.violations()).isEmpty();
		return ((Verdict.Accepted<Draft>) verdict).value();
	}
}
