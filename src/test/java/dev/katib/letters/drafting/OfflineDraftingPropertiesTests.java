package dev.katib.letters.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import dev.katib.letters.DraftingRequests;
import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Honorific;
import dev.katib.knowledge.Recipient;
import dev.katib.knowledge.SeedCategories;
import dev.katib.knowledge.ClosingStyle;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;

class OfflineDraftingPropertiesTests {

	private static final List<String> WORDS = List.of("نرجو", "التكرم", "بتزويدنا", "بالتقرير", "الخاص", "بالمشروع",
			"وذلك", "قبل", "نهاية", "المدة", "المحددة", "شاكرين", "تعاونكم", "،", "؟", ".", "\n", "  ", "رقم", "بمبلغ",
			"ريال", "الاجتماع", "القاعة", "الرئيسية", "SAP", "PRJ-7");

	private static final Gen<String> NUMBERS = integers().between(0, 99_999)
		.zip(booleans().all(), (number, arabicIndic) -> arabicIndic ? arabicIndic(number) : String.valueOf(number));

	private static final Gen<String> REQUESTS = lists().of(arbitrary().pick(WORDS).mix(NUMBERS, 15))
		.ofSizeBetween(2, 120)
		.map(words -> "نرجو إفادتنا " + String.join(" ", words));

	private static final Gen<Recipient> RECIPIENTS = arbitrary().enumValues(Honorific.class)
		.zip(arbitrary().enumValues(Gender.class), booleans().all(), (honorific, gender, named) -> new Recipient(
				named ? "نورة الشمري" : null, honorific, "مدير إدارة المشاريع", gender, "شركة المراعي"));

	@Test
	void draftsAnAcceptedArabicLetterFromAnyArabicRequestToAnyRecipient() {
		qt().withExamples(300)
			.forAll(REQUESTS, arbitrary().pick(SeedCategories.ALL), RECIPIENTS, booleans().all())
			.checkAssert((text, category, recipient, first) -> {
				var request = DraftingRequests.arabic().of(category).to(recipient).saying(text);
				Verdict<Draft> verdict = OfflineDraftingEngine.draft((first ? request.asFirstLetter() : request).build());

				assertThat(verdict.violations()).isEmpty();
				StructuredLetter letter = ((Verdict.Accepted<Draft>) verdict).value().letter();
				assertThat(letter.paragraphs()).allSatisfy(paragraph -> assertThat(paragraph).matches("(?s).*[.!?؟…:]$"));
				assertThat(letter.closing().text().endsWith("،،،"))
					.isEqualTo(category.closingStyle() == ClosingStyle.FORMAL);
			});
	}

	private static String arabicIndic(int number) {
		StringBuilder digits = new StringBuilder();
		String.valueOf(number).chars().forEach(c -> digits.append((char) ('\u0660' + c - '0')));
		return digits.toString();
	}
}
