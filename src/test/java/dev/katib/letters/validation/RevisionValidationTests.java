package dev.katib.letters.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.katib.letters.DraftingRequests;
import dev.katib.knowledge.SeedCategories;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.content.Violation;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.DraftingRequest;
import dev.katib.letters.drafting.OfflineDraftingEngine;

class RevisionValidationTests {

	private final DraftingRequest request = DraftingRequests.arabic().of(SeedCategories.MEETING)
		.saying("نود ترتيب اجتماع لمناقشة تقرير الربع الثالث")
		.build();

	private final StructuredLetter current = ((Verdict.Accepted<Draft>) OfflineDraftingEngine.draft(request)).value()
		.letter();

	@Test
	void acceptsTheDayAndTimeAnInstructionGave() {
		String instruction = "أضف أن الاجتماع انتقل إلى يوم الأحد الساعة 10";

		assertThat(LetterValidator.violations(withParagraph("وقد تقرر عقد الاجتماع يوم الأحد الساعة 10 صباحًا."),
				request.expectations(List.of()).withFacts(withInstruction(instruction)))).isEmpty();
	}

	@Test
	void stillCatchesADayNeitherTheLetterNorTheInstructionGave() {
		String instruction = "أضف أن الاجتماع انتقل إلى يوم الأحد";

		assertThat(LetterValidator.violations(withParagraph("وقد تقرر عقد الاجتماع يوم الخميس."),
				request.expectations(List.of()).withFacts(withInstruction(instruction))))
			.extracting(Violation::rule)
			.containsExactly(Violation.Rule.INVENTED_DATE);
	}

	private List<String> withInstruction(String instruction) {
		List<String> facts = new ArrayList<>(current.texts());
		facts.add(instruction);
		return facts;
	}

	private StructuredLetter withParagraph(String paragraph) {
		List<String> paragraphs = new ArrayList<>(current.paragraphs());
		paragraphs.add(paragraph);
		return new StructuredLetter(current.language(), current.basmala(), current.subject(), current.addressee(),
				current.greeting(), paragraphs, current.closing(), current.signature());
	}
}
