package dev.katib.letters.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.katib.letters.DraftingRequests;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.content.Violation;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.DraftingRequest;
import dev.katib.letters.drafting.OfflineDraftingEngine;

class FiguresPropertiesTests {

	private final DraftingRequest request = DraftingRequests.arabic().build();

	private final StructuredLetter letter = ((Verdict.Accepted<Draft>) OfflineDraftingEngine.draft(request)).value()
		.letter();

	@Test
	void catchesAnyFigureTheInputsDoNotContainInEitherDigitSystem() {
		qt().withExamples(500).forAll(integers().between(31, 10_000_000), booleans().all()).checkAssert((figure,
				arabicIndic) -> {
			String written = arabicIndic ? toArabicIndic(figure) : String.valueOf(figure);
			List<String> paragraphs = new ArrayList<>(letter.paragraphs());
			paragraphs.add("ونرجو سداد مبلغ " + written + " ريال.");
			StructuredLetter changed = new StructuredLetter(letter.language(), letter.basmala(), letter.subject(),
					letter.addressee(), letter.greeting(), paragraphs, letter.closing(), letter.signature());

			assertThat(LetterValidator.violations(changed, request.expectations(List.of())))
				.extracting(Violation::rule)
				.containsExactly(Violation.Rule.INVENTED_FIGURE);
		});
	}

	private static String toArabicIndic(int number) {
		StringBuilder digits = new StringBuilder();
		String.valueOf(number).chars().forEach(c -> digits.append((char) ('\u0660' + c - '0')));
		return digits.toString();
	}
}
