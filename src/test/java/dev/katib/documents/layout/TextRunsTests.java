package dev.katib.documents.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRunsTests {

	@Test
	void isolatesALetterNumberInsideArabicWithoutTheSurroundingPunctuation() {
		assertThat(TextRuns.split("بالخطاب رقم OUT/1448/000123، المؤرخ", true)).containsExactly(
				new TextRun("بالخطاب رقم ", false), new TextRun("OUT/1448/000123", true), new TextRun("، المؤرخ", false));
	}

	@Test
	void keepsALatinPhraseInArabicAsOneRun() {
		assertThat(TextRuns.split("دورة Project Management القادمة", true)).containsExactly(new TextRun("دورة ", false),
				new TextRun("Project Management", true), new TextRun(" القادمة", false));
	}

	@Test
	void keepsDigitsInsideAnArabicPhraseOfAnEnglishSentence() {
		assertThat(TextRuns.split("the «مدرسة 12 الثانوية» school", false)).containsExactly(
				new TextRun("the «", false), new TextRun("مدرسة 12 الثانوية", true), new TextRun("» school", false));
	}

	@Test
	void leavesPlainTextWhole() {
		assertThat(TextRuns.split("السلام عليكم", true)).containsExactly(new TextRun("السلام عليكم", false));
		assertThat(TextRuns.split("", true)).isEmpty();
	}
}
