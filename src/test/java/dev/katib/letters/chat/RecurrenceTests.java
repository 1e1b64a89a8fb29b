package dev.katib.letters.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RecurrenceTests {

	@Test
	void theSameKindOfInstructionRecursWhateverItsDiacriticsAndPoliteness() {
		assertThat(Recurrence.recurs("اختصِر الخطاب من فضلك", List.of("اجعل الفقرة الثانية أكثر حزمًا", "اختصر")))
			.isTrue();
		assertThat(Recurrence.recurs("Make it shorter, please", List.of("make it SHORTER"))).isTrue();
	}

	@Test
	void aDifferentInstructionDoesNotRecur() {
		assertThat(Recurrence.recurs("أضف أن الاجتماع انتقل إلى يوم الأحد", List.of("اختصر الخطاب"))).isFalse();
		assertThat(Recurrence.recurs("Make it shorter", List.of())).isFalse();
	}
}
