package dev.katib.letters.composing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
import dev.katib.knowledge.Language;
import dev.katib.letters.content.SignatureBlock;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.OfflineDraftingEngine;

class LetterComposerTests {

	private static final Recipient KHALID = new Recipient("خالد العتيبي", Honorific.SAADA, "مدير عام الشؤون المالية",
			Gender.MALE, "وزارة المالية");

	@Test
	void anInvitationOpensWithTheOrganisationInvitingTheRecipient() {
		StructuredLetter arabic = drafted(DraftingRequests.arabic().of(SeedCategories.INVITATION)
			.saying("حفل تخريج الدفعة العاشرة يوم الخميس 1448/05/20 في قاعة الملك فهد"));
		StructuredLetter english = drafted(DraftingRequests.english().of(SeedCategories.INVITATION)
			.saying("The graduation ceremony of our tenth class on Thursday 20 November at the King Fahd Hall."));

		assertThat(arabic.paragraphs().getFirst()).matches("(يسرنا أن ندعو|نتشرف بدعوة|يطيب لنا أن ندعو) سعادتكم "
				+ "(لحضور|إلى حضور) حفل تخريج الدفعة العاشرة يوم الخميس 1448/05/20 في قاعة الملك فهد\\.");
		assertThat(english.paragraphs().getFirst()).matches("(We are pleased to invite|We have the pleasure of inviting"
				+ "|It is our pleasure to invite) you to the graduation ceremony of our tenth class on Thursday .*");
		assertThat(arabic.subject()).isEqualTo("دعوة لحضور حفل تخريج الدفعة العاشرة");
	}

	@Test
	void aCongratulationOpensWithCongratulationsOnTheOccasion() {
		StructuredLetter letter = drafted(DraftingRequests.arabic().of(SeedCategories.CONGRATULATION)
			.saying("حصول الجامعة على الاعتماد الأكاديمي الكامل"));

		assertThat(letter.paragraphs().getFirst()).matches(
				".*(التهاني|التهنئة|نهنئ سعادتكم) بمناسبة حصول الجامعة على الاعتماد الأكاديمي الكامل\\.");
		assertThat(letter.subject()).isEqualTo("تهنئة بمناسبة حصول الجامعة على الاعتماد الأكاديمي الكامل");
	}

	@Test
	void aMeetingLetterTakesItsSubjectFromWhatTheMeetingIsFor() {
		StructuredLetter arabic = drafted(DraftingRequests.arabic().of(SeedCategories.MEETING)
			.saying("اجتماع لمناقشة خطة التشجير يوم الأحد 1448/03/12 الساعة 10 صباحاً"));
		StructuredLetter english = drafted(DraftingRequests.english().of(SeedCategories.MEETING)
			.saying("A meeting to discuss the tree-planting plan on Sunday 12 October at 10 am."));

		assertThat(arabic.subject()).isEqualTo("بشأن عقد اجتماع لمناقشة خطة التشجير");
		assertThat(arabic.paragraphs().getFirst()).contains("اجتماع لمناقشة خطة التشجير يوم الأحد 1448/03/12");
		assertThat(english.subject()).isEqualTo("Meeting to discuss the tree-planting plan");
		assertThat(english.paragraphs().getFirst()).contains("a meeting to discuss the tree-planting plan on Sunday");
	}

	static Stream<Arguments> leadingVerbs() {
		return Stream.of(Arguments.of(Language.ARABIC, "نرجو التكرم بتزويدنا بالتقرير"),
				Arguments.of(Language.ARABIC, "أرجو تزويدنا بالتقرير"),
				Arguments.of(Language.ARABIC, "يرجى التكرم بتزويدنا بالتقرير"),
				Arguments.of(Language.ARABIC, "الرجاء تزويدنا بالتقرير"),
				Arguments.of(Language.ARABIC, "نأمل منكم التكرم بتزويدنا بالتقرير"),
				Arguments.of(Language.ENGLISH, "Please send us the report."),
				Arguments.of(Language.ENGLISH, "Kindly send us the report."),
				Arguments.of(Language.ENGLISH, "Could you please send us the report?"),
				Arguments.of(Language.ENGLISH, "I would be grateful if you could send me the report."));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("leadingVerbs")
	void theWritersLeadingVerbIsNotDoubledWithTheOpening(Language language, String request) {
		for (CategoryDefinition category : SeedCategories.ALL) {
			for (int row = 0; row < 6; row++) {
				StructuredLetter letter = drafted((language == Language.ARABIC ? DraftingRequests.arabic()
						: DraftingRequests.english()).of(category).saying(request), Variation.inBatch("verbs", row));
				String opening = letter.paragraphs().getFirst();

				if (language == Language.ARABIC) {
					assertThat(count(opening, "(نرجو|أرجو|يرجى|الرجاء|نأمل|آمل)")).as(opening).isEqualTo(1);
					assertThat(count(opening, "التكرم|التفضل")).as(opening).isEqualTo(1);
					assertThat(opening).endsWith("بتزويدنا بالتقرير.");
				}
				else {
					String recast = opening.substring(opening.lastIndexOf(". ", opening.length() - 2) + 1);
					assertThat(count(recast.toLowerCase(), "please|kindly|grateful")).as(opening).isEqualTo(1);
					assertThat(recast).endsWith("send us the report.");
				}
			}
		}
	}

	@Test
	void theOrganisationSpeaksInTheFirstPersonPlural() {
		StructuredLetter arabic = drafted(DraftingRequests.arabic()
			.saying("أود إفادتكم بأنني سأكون خارج المملكة، ويمكن التواصل مع نائبي أو مراسلتي على خطابي السابق"));
		StructuredLetter english = drafted(DraftingRequests.english()
			.saying("I am writing to ask you to send me my copy of the contract. I was told it is ready."));

		assertThat(arabic.paragraphs().getFirst()).contains("بأننا سنكون خارج المملكة", "نائبنا", "خطابنا السابق")
			.doesNotContain("أود", "بأنني", "نائبي");
		assertThat(english.paragraphs().getFirst()).contains("send us our copy of the contract", "We were told")
			.doesNotContainPattern("\\b(I|me|my)\\b");
	}

	@Test
	void punctuationAndSpacingAreNormalisedAndFiguresKeptAsWritten() {
		StructuredLetter letter = drafted(DraftingRequests.arabic()
			.saying("نرجو  تزويدنا بالعرض ,وذلك بمبلغ 1,500 ريال قبل 10:30 صباحاً ؟ ؟"));

		assertThat(letter.paragraphs().getFirst()).endsWith("بتزويدنا بالعرض، وذلك بمبلغ 1,500 ريال قبل 10:30 صباحاً.")
			.doesNotContain("  ", " ،", " ؟");
	}

	@Test
	void theSameInputsGiveTheSameLetterAndDifferentRecipientsSpreadOverTheOpenings() {
		Set<String> openings = new HashSet<>();
		for (int i = 0; i < 30; i++) {
			var request = DraftingRequests.arabic()
				.of(SeedCategories.NEW_LETTER)
				.saying("موعد تسليم المرحلة الثانية من المشروع هو 15 أكتوبر 2026")
				.to(new Recipient("مدير الفرع " + i, Honorific.SAADA, null, Gender.MALE, null));

			StructuredLetter letter = drafted(request);

			assertThat(drafted(request)).isEqualTo(letter);
			openings.add(letter.paragraphs().getFirst());
		}
		assertThat(openings).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void signsWithTheSignersNameAndJobTitleInTheLettersLanguage() {
		Signer bilingual = new Signer("سارة القحطاني", "المديرة العامة", "Sarah Al Qahtani", "Director General");
		Signer arabicOnly = new Signer("سارة القحطاني", "المديرة العامة", null, null);

		assertThat(bilingual.in(Language.ARABIC)).isEqualTo(new SignatureBlock("المديرة العامة", "سارة القحطاني"));
		assertThat(bilingual.in(Language.ENGLISH)).isEqualTo(new SignatureBlock("Director General", "Sarah Al Qahtani"));
		assertThat(arabicOnly.in(Language.ENGLISH)).isEqualTo(new SignatureBlock("المديرة العامة", "سارة القحطاني"));
		assertThat(compose(Language.ENGLISH, "Please send us the report.", bilingual, PhraseBank.defaults()).signature())
			.isEqualTo(new SignatureBlock("Director General", "Sarah Al Qahtani"));
	}

	@Test
	void composesFromAnOrganisationsOwnBankInsteadOfTheDefaults() throws Exception {
		String arabic = DefaultBankText.arabic()
			.replace("\"ونحن على استعداد لتقديم أي معلومات إضافية تحتاجونها.\"", "\"وتفضلوا بقبول خالص تحياتنا.\"")
			.replace("\"ويسعدنا التواصل معكم لأي استفسار.\"", "\"وتفضلوا بقبول خالص تحياتنا.\"")
			.replace("\"ونقدر لكم حسن تعاونكم.\"", "\"وتفضلوا بقبول خالص تحياتنا.\"");
		PhraseBank own = PhraseBank.read(arabic, DefaultBankText.english());

		Composition letter = LetterComposer.compose(new Brief("new-letter", Language.ARABIC, KHALID,
				"نرجو تزويدنا بالتقرير", null, null, null, Signer.asWritten("المدير العام", null),
				Variation.of("نرجو تزويدنا بالتقرير", KHALID)), own);

		assertThat(letter.paragraphs().getLast()).isEqualTo("وتفضلوا بقبول خالص تحياتنا.");
	}

	@Test
	void aCategoryTheBankDoesNotKnowTakesTheDefaultPhrases() {
		var condolence = new CategoryDefinition("condolence", "تعزية", "Condolence",
				SeedCategories.NEW_LETTER.closingStyle(), "وتقبلوا خالص العزاء", "Yours sincerely,", true, "تعزية",
				"Condolences");

		StructuredLetter letter = drafted(DraftingRequests.arabic().of(condolence).saying("نفيدكم بأن العزاء في المسجد"));

		assertThat(PhraseBank.defaults().phrases(Language.ARABIC).category("default").closings())
			.contains(letter.paragraphs().getLast());
	}

	@Test
	void aLongRequestOfManyLinesStillMakesACorrectLetter() {
		String line = "نرجو التكرم بتزويدنا بكشف الحضور والانصراف للموظفين في الإدارة خلال الربع الأول من العام";
		String oneLongParagraph = (line + "، ").repeat(22).strip();
		String manyLines = (line + "\n").repeat(22).strip();

		for (String request : List.of(oneLongParagraph, manyLines)) {
			StructuredLetter letter = drafted(DraftingRequests.arabic().saying(request));

			assertThat(letter.paragraphs()).hasSizeLessThanOrEqualTo(20)
				.allSatisfy(paragraph -> assertThat(paragraph.length()).isLessThanOrEqualTo(2_000));
		}
	}

	private static Composition compose(Language language, String request, Signer signer, PhraseBank bank) {
		return LetterComposer.compose(new Brief("request", language, KHALID, request, null, null, null, signer,
				Variation.of(request, KHALID)), bank);
	}

	private static int count(String text, String regex) {
		return (int) Pattern.compile(regex).matcher(text).results().count();
	}

	private static StructuredLetter drafted(DraftingRequests request) {
		return drafted(request, Variation.of(request.request(), request.recipient()));
	}

	private static StructuredLetter drafted(DraftingRequests request, Variation variation) {
		Verdict<Draft> verdict = OfflineDraftingEngine.draft(request.build(), PhraseBank.defaults(), variation);
		assertThat(verdict.violations()).isEmpty();
		return ((Verdict.Accepted<Draft>) verdict).value().letter();
	}
}
