package dev.katib.letters.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import dev.katib.letters.DraftingRequests;
import dev.katib.letters.content.AddresseeBlock;
import dev.katib.letters.content.Closing;
import dev.katib.knowledge.ClosingStyle;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.content.Violation;
import dev.katib.letters.content.Violation.Rule;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.DraftingRequest;
import dev.katib.letters.drafting.OfflineDraftingEngine;

class LetterValidatorTests {

	private static final String REFERENCE_LETTER = """
			السلام عليكم ورحمة الله وبركاته
			يسرنا أن نحيطكم علمًا بأن الشركة قد أنهت أعمال المرحلة الأولى من المشروع وفق الجدول المعتمد.
			ونأمل منكم التكرم بتزويدنا بملاحظاتكم خلال أسبوعين من تاريخه.
			""";

	private final DraftingRequest request = DraftingRequests.arabic().build();

	private final Expectations expected = request.expectations(List.of(REFERENCE_LETTER));

	@Test
	void acceptsTheOfflineEnginesLetter() {
		assertThat(LetterValidator.violations(offlineLetter(), expected)).isEmpty();
	}

	@Test
	void catchesAFigureNoInputContains() {
		List<Violation> violations = check(withParagraph("نرجو تزويدنا بالتقرير وسداد مبلغ 25000 ريال."));

		assertThat(violations).singleElement().satisfies(violation -> {
			assertThat(violation.rule()).isEqualTo(Rule.INVENTED_FIGURE);
			assertThat(violation.part()).isEqualTo("paragraphs[" + offlineLetter().paragraphs().size() + "]");
			assertThat(violation.quote()).contains("25000");
		});
	}

	@Test
	void catchesAnInventedFigureWrittenInArabicIndicDigits() {
		assertThat(rules(withParagraph("نرجو سداد مبلغ ٢٥٠٠٠ ريال."))).containsExactly(Rule.INVENTED_FIGURE);
	}

	@Test
	void acceptsAFigureOfTheRequestWrittenInArabicIndicDigits() {
		assertThat(check(withParagraph("نرجو تزويدنا بتقرير الربع الثالث قبل ٣٠ سبتمبر."))).isEmpty();
	}

	@Test
	void catchesAnInventedDateEvenWhenEachOfItsNumbersAppearsInTheInputs() {
		DraftingRequest replying = DraftingRequests.arabic().replyingTo("IN/1448/000345", "12/03/1448").build();
		StructuredLetter letter = withParagraph("نشير إلى خطابكم المؤرخ في 03/12/1448.");

		assertThat(LetterValidator.violations(letter, replying.expectations(List.of())))
			.extracting(Violation::rule)
			.containsExactly(Rule.INVENTED_DATE);
	}

	@Test
	void acceptsTheDateOfTheLetterRepliedToInAnotherSpelling() {
		DraftingRequest replying = DraftingRequests.arabic().replyingTo("IN/1448/000345", "12/03/1448").build();
		StructuredLetter letter = withParagraph("نشير إلى خطابكم رقم IN/1448/000345 المؤرخ في ١٢-٣-١٤٤٨.");

		assertThat(LetterValidator.violations(letter, replying.expectations(List.of()))).isEmpty();
	}

	@Test
	void catchesAMonthOrWeekdayNoInputNames() {
		assertThat(check(withParagraph("ونرجو أن يتم ذلك يوم الخميس في شهر رمضان.")))
			.extracting(Violation::rule, Violation::message)
			.extracting(tuple -> tuple.toList().getFirst())
			.containsExactly(Rule.INVENTED_DATE, Rule.INVENTED_DATE);
	}

	@Test
	void catchesASentenceCopiedFromAReferenceLetterWithDifferentSpellingAndDiacritics() {
		StructuredLetter letter = withParagraph("ونأمل منكم التكرّم بتزويدنا بملاحظاتكم خلال أسبوعين من تاريخه");

		assertThat(check(letter)).singleElement().satisfies(violation -> {
			assertThat(violation.rule()).isEqualTo(Rule.COPIED_REFERENCE);
			assertThat(violation.message()).contains("ونأمل منكم");
		});
	}

	@Test
	void acceptsWordingTheWriterGaveEvenWhenAReferenceLetterHasItToo() {
		Expectations withTheSameWordsInTheRequest = DraftingRequests.arabic()
			.saying("نأمل منكم التكرم بتزويدنا بملاحظاتكم خلال أسبوعين من تاريخه")
			.build()
			.expectations(List.of(REFERENCE_LETTER));

		StructuredLetter letter = changed(offlineLetter(), builder -> builder
			.paragraphs(List.of("نأمل منكم التكرم بتزويدنا بملاحظاتكم خلال أسبوعين من تاريخه.")));

		assertThat(LetterValidator.violations(letter, withTheSameWordsInTheRequest)).isEmpty();
	}

	@Test
	void catchesAParagraphInTheWrongLanguage() {
		assertThat(check(withParagraph("We kindly ask you to send us the report as soon as possible.")))
			.extracting(Violation::rule, Violation::part)
			.extracting(tuple -> tuple.toList().toString())
			.containsExactly("[WRONG_LANGUAGE, paragraphs[" + offlineLetter().paragraphs().size() + "]]");
	}

	@Test
	void acceptsLatinNamesAndTheWritersLatinTermsInsideArabic() {
		Expectations withATerm = DraftingRequests.arabic()
			.saying("نرجو تفعيل حساباتنا في نظام Microsoft Dynamics Business Central")
			.build()
			.expectations(List.of());
		StructuredLetter letter = changed(offlineLetter(), builder -> builder.paragraphs(List.of(
				"نرجو تفعيل حساباتنا في نظام Microsoft Dynamics Business Central.")));

		assertThat(LetterValidator.violations(letter, withATerm)).isEmpty();
	}

	@Test
	void catchesMissingParts() {
		StructuredLetter letter = changed(offlineLetter(),
				builder -> builder.subject(" ")
					.addressee(new AddresseeBlock("سعادة", "مدير عام الشؤون المالية", null, null, null))
					.paragraphs(List.of())
					.closing(new Closing(ClosingStyle.FORMAL, "")));

		assertThat(check(letter)).extracting(Violation::part)
			.containsExactlyInAnyOrder("subject", "addressee.prayer", "paragraphs", "closing.text");
	}

	@Test
	void catchesAFormalClosingWithoutItsMarkAndAWishInAFormalCategory() {
		assertThat(check(changed(offlineLetter(),
				builder -> builder.closing(new Closing(ClosingStyle.FORMAL, "وتقبلوا فائق الاحترام والتقدير")))))
			.extracting(Violation::part)
			.containsExactly("closing.text");
		assertThat(check(changed(offlineLetter(),
				builder -> builder.closing(new Closing(ClosingStyle.WISH, "سائلين الله لكم التوفيق")))))
			.extracting(Violation::part)
			.containsExactly("closing.style");
	}

	@Test
	void catchesAGreetingOtherThanTheSalam() {
		assertThat(check(changed(offlineLetter(), builder -> builder.greeting("تحية طيبة وبعد"))))
			.extracting(Violation::part)
			.containsExactly("greeting");
	}

	@Test
	void catchesAMissingBasmalaWhereTheCategoryUsesIt() {
		assertThat(check(changed(offlineLetter(), builder -> builder.basmala(false)))).extracting(Violation::part)
			.containsExactly("basmala");
	}

	@Test
	void catchesALetterTooLong() {
		List<String> paragraphs = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			paragraphs.add("نرجو التكرم بتزويدنا بتقرير الربع الثالث.");
		}
		paragraphs.add("نرجو التكرم " + "بتزويدنا بالتقرير ".repeat(150));

		assertThat(check(changed(offlineLetter(), builder -> builder.paragraphs(paragraphs))))
			.extracting(Violation::rule, Violation::part)
			.extracting(tuple -> tuple.toList().toString())
			.contains("[TOO_LONG, paragraphs[25]]", "[TOO_LONG, paragraphs]");
	}

	@Test
	void rejectsWithEveryViolationAndAcceptsACorrectLetter() {
		assertThat(LetterValidator.check(offlineLetter(), expected)).isInstanceOf(Verdict.Accepted.class);
		assertThat(LetterValidator.check(withParagraph("مبلغ 99 ريال يوم الخميس."), expected).violations())
			.extracting(Violation::rule)
			.containsExactly(Rule.INVENTED_FIGURE, Rule.INVENTED_DATE);
	}

	private List<Violation> check(StructuredLetter letter) {
		return LetterValidator.violations(letter, expected);
	}

	private List<Rule> rules(StructuredLetter letter) {
		return check(letter).stream().map(Violation::rule).toList();
	}

	private StructuredLetter offlineLetter() {
		return ((Verdict.Accepted<Draft>) OfflineDraftingEngine.draft(request)).value().letter();
	}

	private StructuredLetter withParagraph(String paragraph) {
		StructuredLetter letter = offlineLetter();
		List<String> paragraphs = new ArrayList<>(letter.paragraphs());
		paragraphs.add(paragraph);
		return changed(letter, builder -> builder.paragraphs(paragraphs));
	}

	private static StructuredLetter changed(StructuredLetter letter, UnaryOperator<Letters> change) {
		return change.apply(new Letters(letter)).letter;
	}

	/** Changes one part of a letter at a time. */
	private static final class Letters {

		private StructuredLetter letter;

		Letters(StructuredLetter letter) {
			this.letter = letter;
		}

		Letters subject(String subject) {
			letter = new StructuredLetter(letter.language(), letter.basmala(), subject, letter.addressee(),
					letter.greeting(), letter.paragraphs(), letter.closing(), letter.signature());
			return this;
		}

		Letters basmala(boolean basmala) {
			letter = new StructuredLetter(letter.language(), basmala, letter.subject(), letter.addressee(),
					letter.greeting(), letter.paragraphs(), letter.closing(), letter.signature());
			return this;
		}

		Letters addressee(AddresseeBlock addressee) {
			letter = new StructuredLetter(letter.language(), letter.basmala(), letter.subject(), addressee,
					letter.greeting(), letter.paragraphs(), letter.closing(), letter.signature());
			return this;
		}

		Letters greeting(String greeting) {
			letter = new StructuredLetter(letter.language(), letter.basmala(), letter.subject(), letter.addressee(),
					greeting, letter.paragraphs(), letter.closing(), letter.signature());
			return this;
		}

		Letters paragraphs(List<String> paragraphs) {
			letter = new StructuredLetter(letter.language(), letter.basmala(), letter.subject(), letter.addressee(),
					letter.greeting(), paragraphs, letter.closing(), letter.signature());
			return this;
		}

		Letters closing(Closing closing) {
			letter = new StructuredLetter(letter.language(), letter.basmala(), letter.subject(), letter.addressee(),
					letter.greeting(), letter.paragraphs(), closing, letter.signature());
			return this;
		}
	}
}
